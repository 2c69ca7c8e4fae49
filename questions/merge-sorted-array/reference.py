class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        """
        Do not return anything, modify nums1 in-place instead.
        """
        i, j, k = m - 1, n - 1, m + n - 1
        while j >= 0:
            if i >= 0 and nums1[i] > nums2[j]:
                nums1[k] = nums1[i]
                i -= 1
            else:
                nums1[k] = nums2[j]
                j -= 1
            k -= 1


def case(first, second):
    first, second = sorted(first), sorted(second)
    return [first + [0] * len(second), len(first), second, len(second)]


def tests(rng):
    big = 10**9
    out = [
        case([1], []),
        case([], [1]),
        case([-big], [big]),
        case([big], [-big]),
        case([0], [0]),
        case([2, 2, 2], [2, 2]),
        case([1, 2, 3], [4, 5, 6]),
        case([4, 5, 6], [1, 2, 3]),
        case([1, 3, 5, 7], [2, 4, 6, 8]),
        case([-1, 0, 0, 3], [0, 0]),
        case([5], [1, 2, 3, 4, 6]),
        [[-3, 0, 0], 1, [0, 0], 2],     # nums2 holds zeros like nums1's reserved room
    ]
    for _ in range(8):
        m, n = rng.randint(0, 15), rng.randint(0, 15)
        if m + n == 0:
            m = 1
        out.append(case([rng.randint(-20, 20) for _ in range(m)], [rng.randint(-20, 20) for _ in range(n)]))
    for m, n in ((200, 0), (0, 200), (100, 100), (199, 1), (1, 199), (150, 50), (37, 163)):
        out.append(case([rng.randint(-big, big) for _ in range(m)], [rng.randint(-big, big) for _ in range(n)]))
    out.append(case(list(range(100)), list(range(100, 200))))
    out.append(case(list(range(100, 200)), list(range(100))))
    out.append(case([7] * 120, [7] * 80))
    return out

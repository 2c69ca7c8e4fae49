class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        n = len(merged)
        if n % 2:
            return float(merged[n // 2])
        return (merged[n // 2 - 1] + merged[n // 2]) / 2


def sorted_list(rng, n, lo=-10**6, hi=10**6):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def tests(rng):
    out = [[[], [1]], [[2], []], [[1, 3], [2]], [[1, 2], [3, 4]], [[0, 0], [0, 0]], [[], [2, 3]],
           [[-10**6], [10**6]], [[1, 1, 1], [1, 1]], [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]]
    for _ in range(15):
        out.append([sorted_list(rng, rng.randint(0, 50)), sorted_list(rng, rng.randint(1, 50))])
    out.append([sorted_list(rng, 1000), sorted_list(rng, 1000)])
    out.append([sorted_list(rng, 1000), sorted_list(rng, 999)])
    out.append([sorted_list(rng, 0), sorted_list(rng, 1000)])
    out.append([sorted_list(rng, 1000, -5, 5), sorted_list(rng, 1000, -5, 5)])
    out.append([sorted_list(rng, 1000, 0, 10), sorted_list(rng, 1000, 10**5, 10**6)])
    return out

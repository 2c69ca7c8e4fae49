class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        k = 0
        for value in nums:
            if k < 2 or nums[k - 2] != value:
                nums[k] = value
                k += 1
        return k


def sorted_values(rng, n, low=-10**4, high=10**4):
    return [sorted(rng.randint(low, high) for _ in range(n))]


def tests(rng):
    lo, hi = -10**4, 10**4
    out = [[[lo]], [[hi]], [[1, 1]], [[1, 1, 1]], [[1, 2]], [[0, 0, 0, 0, 0]], [[1, 1, 1, 2, 2, 3]],
           [[0, 0, 1, 1, 1, 1, 2, 3, 3]], [[1, 2, 3, 4, 5]], [[1, 1, 2, 2, 3, 3]], [[lo, lo, lo, hi, hi, hi]],
           [[-1, 0, 0, 0, 0, 3, 3]], [[5, 6, 6, 6]], [[5, 5, 5, 6]], [[2, 2, 3]]]
    for n in (3, 4, 6, 10, 15, 30, 60, 100, 500, 1000):
        out.append(sorted_values(rng, n, -3 if n < 20 else -50, 3 if n < 20 else 50))
    out.append(sorted_values(rng, 3 * 10**4))
    out.append(sorted_values(rng, 3 * 10**4, -100, 100))
    out.append([[7] * (3 * 10**4)])
    out.append([list(range(lo, lo + 3 * 10**4))])
    out.append([sorted(list(range(-2000, 2000)) * 3)])
    out.append(sorted_values(rng, 29999, 0, 9))
    return out

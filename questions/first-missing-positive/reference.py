class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        for i in range(n):
            while 1 <= nums[i] <= n and nums[nums[i] - 1] != nums[i]:
                j = nums[i] - 1
                nums[i], nums[j] = nums[j], nums[i]
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n + 1


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        [[1]], [[2]], [[0]], [[-1]], [[lo]], [[hi]],
        [[1, 1]], [[2, 2]], [[1, 2]], [[2, 1]], [[hi, lo, 1]],
        [[3, 4, -1, 1]], [[7, 8, 9, 11, 12]], [[1, 2, 0]],
        [[1, 1000, 2, 3, 3, 2, 1]],
        [[lo, hi, 0, -1, 2]],
    ]
    for _ in range(6):
        n = rng.randint(2, 40)
        out.append([[rng.randint(-5, n + 3) for _ in range(n)]])
    for _ in range(4):
        n = rng.randint(100, 2000)
        out.append([[rng.randint(lo, hi) for _ in range(n)]])
    n = 10**5
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    out.append([perm])                                  # answer n + 1
    gap = list(range(1, n + 1))
    gap[rng.randint(0, n - 1)] = -7
    rng.shuffle(gap)
    out.append([gap])                                   # one value missing somewhere in the middle
    out.append([[rng.randint(1, n) for _ in range(n)]])
    out.append([[rng.randint(-n, n) for _ in range(n)]])
    out.append([list(range(n, 0, -1))[:-1] + [n]])      # duplicate n, 1 missing
    out.append([[1] * n])
    return out

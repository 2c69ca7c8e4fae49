class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        k %= len(nums)
        if k:
            nums[:] = nums[-k:] + nums[:-k]


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        [[lo], 0],
        [[hi], 100000],
        [[1, 2], 1],
        [[1, 2], 2],
        [[1, 2], 3],
        [[lo, hi], 1],
        [[1, 2, 3, 4, 5, 6, 7], 3],
        [[1, 2, 3, 4, 5, 6, 7], 7],
        [[1, 2, 3, 4, 5, 6, 7], 6],
        [[1, 2, 3, 4, 5, 6], 4],
        [[-1, -100, 3, 99], 2],
        [[5, 5, 5, 1], 99999],
        [[1, 2, 3], 0],
    ]
    for _ in range(8):
        n = rng.randint(1, 30)
        out.append([[rng.randint(-50, 50) for _ in range(n)], rng.randint(0, 60)])
    for _ in range(5):
        n = rng.randint(100, 1000)
        out.append([[rng.randint(lo, hi) for _ in range(n)], rng.randint(0, 10**5)])
    out.append([[rng.randint(lo, hi) for _ in range(5000)], 10**5])
    out.append([[i % 10 for i in range(10**5)], 54321])
    out.append([[rng.randint(-9, 9) for _ in range(10**5)], 99999])
    return out

class Solution:
    def threeSumClosest(self, nums: List[int], target: int) -> int:
        nums = sorted(nums)
        n = len(nums)
        best = nums[0] + nums[1] + nums[2]
        for i in range(n - 2):
            low, high = i + 1, n - 1
            while low < high:
                total = nums[i] + nums[low] + nums[high]
                if abs(total - target) < abs(best - target):
                    best = total
                if total < target:
                    low += 1
                elif total > target:
                    high -= 1
                else:
                    return total
        return best


def unique_best(nums, target):
    """True when exactly one sum is nearest to target (LeetCode's guarantee)."""
    nums = sorted(nums)
    n = len(nums)
    below, above = None, None        # the largest sum <= target and the smallest sum >= target
    for i in range(n - 2):
        low, high = i + 1, n - 1
        while low < high:
            total = nums[i] + nums[low] + nums[high]
            if total <= target and (below is None or total > below):
                below = total
            if total >= target and (above is None or total < above):
                above = total
            if total < target:
                low += 1
            elif total > target:
                high -= 1
            else:
                return True
    if below is None or above is None:
        return True
    return target - below != above - target


def fitting(rng, make):
    while True:
        nums, target = make()
        if unique_best(nums, target):
            return [nums, target]


def tests(rng):
    out = [
        [[0, 0, 0], 1],
        [[-1000, -1000, -1000], -10000],
        [[1000, 1000, 1000], 10000],
        [[1000, 1000, 1000], -10000],
        [[-1000, -1000, -1000], 10000],
        [[-1, 2, 1, -4], 1],
        [[1, 1, 1, 0], -100],
        [[1, 1, -1, -1, 3], -1],
        [[0, 1, 2], 3],
        [[-3, -2, -5, 3, -4], -1],
        [[4, 0, 5, -5, 3, 3, 0, -4, -5], -2],
        [[1, 2, 4, 8, 16, 32, 64, 128], 82],
        [[-1000, 1000, 0, 999, -999], 1],
    ]
    out = [t for t in out if unique_best(*t)]
    for _ in range(10):
        out.append(fitting(rng, lambda: ([rng.randint(-20, 20) for _ in range(rng.randint(3, 30))],
                                         rng.randint(-70, 70))))
    for _ in range(6):
        out.append(fitting(rng, lambda: ([rng.randint(-1000, 1000) for _ in range(rng.randint(30, 200))],
                                         rng.randint(-10**4, 10**4))))
    out.append(fitting(rng, lambda: ([rng.randint(-1000, 1000) for _ in range(500)], rng.randint(-3000, 3000))))
    out.append(fitting(rng, lambda: ([rng.randrange(-1000, 1001, 10) for _ in range(500)], rng.randrange(-3000, 3000, 10) + 3)))
    out.append(fitting(rng, lambda: ([rng.randrange(-1000, 1001, 7) for _ in range(500)], 10**4)))
    out.append(fitting(rng, lambda: ([rng.randrange(-999, 1001, 2) for _ in range(500)], rng.randrange(-2001, 2000, 2))))
    out.append([[1000] * 500, 2999])
    out.append([[-1000] * 250 + [1000] * 250, 0 + 1])
    return out

class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return bisect.bisect_left(nums, target)


def tests(rng):
    lim = 10**4
    out = [[[1], 1], [[1], 0], [[1], 2], [[-lim], lim], [[lim], -lim], [[-lim], -lim], [[1, 3], 2], [[1, 3], 0],
           [[1, 3], 4], [[1, 3], 3], [[1, 3, 5, 6], 5], [[1, 3, 5, 6], 7], [[-lim, lim], 0], [[-lim, lim], lim]]
    for _ in range(10):
        nums = sorted(rng.sample(range(-50, 51), rng.randint(1, 40)))
        out.append([nums, rng.randint(-55, 55)])
    nums = sorted(rng.sample(range(-lim, lim + 1), 10**4))
    out += [[nums, nums[0]], [nums, nums[-1]], [nums, -lim], [nums, nums[4321]]]
    missing = sorted(set(range(-lim, lim + 1)) - set(nums))
    out += [[nums, missing[0]], [nums, missing[-1]], [nums, missing[len(missing) // 2]]]
    out.append([list(range(-lim + 1, lim, 2)), -lim])
    out.append([list(range(-lim + 1, lim, 2)), lim])
    out.append([list(range(0, lim)), 5000])
    return out

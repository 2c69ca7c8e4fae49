class Solution:
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums) - 1
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[low] <= nums[middle]:
                if nums[low] <= target < nums[middle]:
                    high = middle - 1
                else:
                    low = middle + 1
            else:
                if nums[middle] < target <= nums[high]:
                    low = middle + 1
                else:
                    high = middle - 1
        return -1


def rotated(rng, n, k=None):
    values = sorted(rng.sample(range(-10**4, 10**4 + 1), n))
    if k is None:
        k = rng.randrange(n)
    return values[n - k:] + values[:n - k]


def tests(rng):
    out = [[[1], 1], [[1], 0], [[-10000], -10000], [[10000], -10000], [[1, 3], 3], [[3, 1], 1], [[3, 1], 3],
           [[3, 1], 2], [[5, 1, 3], 5], [[5, 1, 3], 3], [[5, 1, 3], 4], [[4, 5, 6, 7, 0, 1, 2], 0],
           [[4, 5, 6, 7, 0, 1, 2], 3], [[1, 2, 3, 4, 5], 5], [[2, 3, 4, 5, 1], 1], [[-10000, 10000], 10000]]
    for _ in range(10):
        nums = rotated(rng, rng.randint(1, 50))
        target = rng.choice(nums) if rng.random() < 0.7 else rng.randint(-10**4, 10**4)
        out.append([nums, target])
    for k in (0, 1, 2500, 4999):
        nums = rotated(rng, 5000, k)
        out.append([nums, nums[rng.randrange(5000)]])
    nums = rotated(rng, 5000)
    out += [[nums, nums[0]], [nums, nums[-1]], [nums, max(nums)], [nums, min(nums)]]
    missing = sorted(set(range(-10**4, 10**4 + 1)) - set(nums))
    out.append([nums, missing[len(missing) // 2]])
    out.append([rotated(rng, 5000, 3000), -10**4])
    return out

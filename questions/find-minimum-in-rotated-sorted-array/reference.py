class Solution:
    def findMin(self, nums: List[int]) -> int:
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] > nums[high]:
                low = middle + 1
            else:
                high = middle
        return nums[low]


def rotated(rng, n, k=None, low=-5000, high=5000):
    values = sorted(rng.sample(range(low, high + 1), n))
    if k is None:
        k = rng.randint(1, n)
    k %= n
    return [values[n - k:] + values[:n - k]]


def tests(rng):
    out = [[[0]], [[-5000]], [[5000]], [[1, 2]], [[2, 1]], [[-5000, 5000]], [[5000, -5000]], [[3, 1, 2]],
           [[2, 3, 1]], [[1, 2, 3]], [[4, 5, 6, 7, 0, 1, 2]], [[11, 13, 15, 17]], [[5, 1, 2, 3, 4]], [[2, 3, 4, 5, 1]]]
    for _ in range(10):
        out.append(rotated(rng, rng.randint(1, 60)))
    out.append([list(range(-5000, 0))])                           # not moved (rotated n times)
    out.append([list(range(-4999, 0)) + [-5000]])                 # the minimum at the very end
    out.append([[5000] + list(range(-4999, 0))])                   # the minimum right after the start
    out.append(rotated(rng, 5000, 2500))
    out.append(rotated(rng, 5000))
    out.append(rotated(rng, 5000, 1))
    out.append(rotated(rng, 4999, 4998))
    for (nums,) in out:
        assert 1 <= len(nums) <= 5000 and len(set(nums)) == len(nums) and all(-5000 <= v <= 5000 for v in nums)
        i = nums.index(min(nums))
        assert nums[i:] + nums[:i] == sorted(nums)
    return out

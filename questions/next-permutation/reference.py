class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            j = len(nums) - 1
            while nums[j] <= nums[i]:
                j -= 1
            nums[i], nums[j] = nums[j], nums[i]
        nums[i + 1:] = reversed(nums[i + 1:])


def tests(rng):
    out = [[[0]], [[100]], [[1, 2]], [[2, 1]], [[1, 1]], [[1, 2, 3]], [[3, 2, 1]], [[1, 1, 5]], [[1, 5, 1]],
           [[5, 1, 1]], [[1, 3, 2]], [[2, 3, 1]], [[0, 0, 0, 0]], [[100, 0, 100]], [[1, 2, 3, 6, 5, 4]],
           [[4, 2, 0, 2, 3, 2, 0]]]
    for _ in range(10):
        out.append([[rng.randint(0, 5) for _ in range(rng.randint(2, 12))]])
    for _ in range(4):
        out.append([[rng.randint(0, 100) for _ in range(rng.randint(20, 100))]])
    out.append([list(range(100, 0, -1))])
    out.append([list(range(100))])
    out.append([list(range(50)) + list(range(99, 49, -1))])
    out.append([[7] * 100])
    out.append([[0] + [100] * 99])
    out.append([sorted((rng.randint(0, 100) for _ in range(100)), reverse=True)])
    return out

class Solution:
    def sortColors(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        low, i, high = 0, 0, len(nums) - 1
        while i <= high:
            if nums[i] == 0:
                nums[low], nums[i] = nums[i], nums[low]
                low += 1
                i += 1
            elif nums[i] == 2:
                nums[i], nums[high] = nums[high], nums[i]
                high -= 1
            else:
                i += 1


def tests(rng):
    out = [[[0]], [[1]], [[2]], [[0, 1]], [[1, 0]], [[2, 0]], [[2, 1]], [[2, 0, 1]], [[2, 0, 2, 1, 1, 0]],
           [[0, 0, 0]], [[2, 2, 2]], [[1, 1, 1]], [[2, 1, 0]], [[0, 1, 2]], [[1, 2, 0, 0, 2, 1]],
           [[2] * 300], [[2] * 150 + [0] * 150], [[2, 1, 0] * 100], [[0, 2] * 150]]
    for _ in range(14):
        out.append([[rng.choice([0, 1, 2]) for _ in range(rng.randint(1, 30))]])
    for _ in range(3):
        out.append([[rng.choice([0, 1, 2]) for _ in range(300)]])
    out.append([[rng.choice([1, 2]) for _ in range(300)]])
    return out

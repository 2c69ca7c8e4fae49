class Solution:
    def findMin(self, nums: List[int]) -> int:
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] > nums[high]:
                low = middle + 1
            elif nums[middle] < nums[high]:
                high = middle
            else:
                high -= 1
        return nums[low]


def rotated(values, k):
    values = sorted(values)
    k %= len(values)
    return [values[-k:] + values[:-k]] if k else [values]


def tests(rng):
    out = [
        [[5000]],
        [[-5000]],
        [[1, 1]],
        [[2, 1]],
        [[1, 2]],
        [[1, 3, 5]],
        [[2, 2, 2, 0, 1]],
        [[10, 1, 10, 10, 10]],
        [[10, 10, 10, 1, 10]],
        [[1, 1, 1, 1, 1, 1, 0, 1]],
        [[0, 1, 1, 1, 1, 1, 1, 1]],
        [[1, 1, 1, 1, 1, 1, 1, 0]],
        [[3, 4, 5, 1, 2]],
        [[5000, -5000]],
        [[-5000, 5000, 5000]],
    ]
    for _ in range(10):
        n = rng.randint(1, 40)
        values = [rng.randint(-5, 5) for _ in range(n)]
        out.append(rotated(values, rng.randint(1, n)))
    for _ in range(3):
        values = [rng.randint(-5000, 5000) for _ in range(5000)]
        out.append(rotated(values, rng.randint(1, 5000)))
    out.append(rotated([7] * 4999 + [6], 1234))
    out.append(rotated([7] * 4999 + [6], 4999))
    out.append(rotated([rng.randint(0, 1) for _ in range(5000)], 2500))
    out.append(rotated(list(range(-2500, 2500)), 5000))
    out.append(rotated([-5000] * 5000, 17))
    return out

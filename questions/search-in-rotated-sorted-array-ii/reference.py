class Solution:
    def search(self, nums: List[int], target: int) -> bool:
        low, high = 0, len(nums) - 1
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return True
            if nums[low] == nums[middle] == nums[high]:
                low += 1
                high -= 1
            elif nums[low] <= nums[middle]:
                if nums[low] <= target < nums[middle]:
                    high = middle - 1
                else:
                    low = middle + 1
            else:
                if nums[middle] < target <= nums[high]:
                    low = middle + 1
                else:
                    high = middle - 1
        return False


def rotated(values, k):
    values = sorted(values)
    k %= len(values)
    return values[k:] + values[:k]


def case(rng, n, low, high, hit):
    nums = rotated([rng.randint(low, high) for _ in range(n)], rng.randrange(n))
    if hit:
        target = rng.choice(nums)
    else:
        target = rng.randint(low - 2, high + 2)
        target = max(-10**4, min(10**4, target))
    return [nums, target]


def tests(rng):
    big = 10**4
    out = [
        [[1], 1], [[1], 0], [[-big], -big], [[big], -big], [[big], big],
        [[1, 0, 1, 1, 1], 0], [[1, 1, 1, 0, 1], 0], [[1, 1, 1, 1, 1], 2],
        [[2, 2, 2, 3, 2, 2, 2], 3], [[3, 1], 1], [[3, 1], 3], [[3, 1], 2],
        [[1, 3], 3], [[4, 5, 6, 7, 0, 1, 2], 0], [[4, 5, 6, 7, 0, 1, 2], 3],
        [[1, 3, 1, 1, 1], 3], [[5, 1, 3], 5], [[5, 1, 3], 3], [[1, 1, 3, 1], 3],
    ]
    for _ in range(12):
        n = rng.randint(1, 40)
        out.append(case(rng, n, -5, 5, rng.random() < 0.5))
    for _ in range(4):
        out.append(case(rng, rng.randint(100, 5000), -big, big, rng.random() < 0.5))
    out.append(case(rng, 5000, -big, big, True))
    out.append(case(rng, 5000, -big, big, False))
    ones = [1] * 5000
    ones[3777] = 0
    out.append([ones, 0])
    out.append([[7] * 5000, 7])
    out.append([[7] * 5000, -big])
    out.append([rotated(list(range(-2500, 2500)), 1234), 2499])
    out.append([rotated(list(range(-2500, 2500)), 4999), -2500])
    return out

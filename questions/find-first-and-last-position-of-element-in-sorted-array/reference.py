class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        first = bisect.bisect_left(nums, target)
        if first == len(nums) or nums[first] != target:
            return [-1, -1]
        return [first, bisect.bisect_right(nums, target) - 1]


def tests(rng):
    big = 10**9
    out = [[[], 0], [[], -big], [[1], 1], [[1], 0], [[1], 2], [[big], big], [[-big], -big], [[-big, big], big],
           [[2, 2], 2], [[1, 2], 2], [[1, 2], 1], [[1, 3], 2], [[5, 7, 7, 8, 8, 10], 8], [[5, 7, 7, 8, 8, 10], 6],
           [[3, 3, 3, 3, 3], 3], [[1, 1, 2, 2, 3, 3], 3], [[1, 1, 2, 2, 3, 3], 1]]
    for _ in range(8):
        nums = sorted(rng.randint(-5, 5) for _ in range(rng.randint(1, 40)))
        out.append([nums, rng.randint(-6, 6)])
    n = 10**5
    # Largest sizes with short values, to keep the tests small.
    out.append([[7] * n, 7])
    nums = sorted(rng.randint(-9, 9) for _ in range(n))
    out.append([nums, 0])
    out.append([[-1] + [0] * (n - 2) + [big], big])
    nums = sorted(rng.randint(-big, big) for _ in range(20000))
    out.append([nums, nums[6666]])
    out.append([nums, nums[-1] + 1])
    out.append([[-big] * 3 + [big] * 2, -big])
    out.append([[-big] * 3 + [big] * 2, 0])
    return out

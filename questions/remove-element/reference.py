class Solution:
    def removeElement(self, nums: List[int], val: int) -> int:
        k = 0
        for value in nums:
            if value != val:
                nums[k] = value
                k += 1
        return k


def tests(rng):
    out = [
        [[], 0],
        [[0], 0],
        [[1], 0],
        [[50], 50],
        [[50], 100],
        [[3, 3, 3, 3], 3],
        [[3, 3, 3, 3], 4],
        [[1, 2, 3, 4, 5], 1],
        [[1, 2, 3, 4, 5], 5],
        [[2, 1, 2, 1, 2], 2],
        [[0, 0, 1], 1],
    ]
    for n in (2, 3, 5, 8, 12, 20, 30, 50, 75, 100):
        nums = [rng.randint(0, 6 if n < 30 else 50) for _ in range(n)]
        out.append([nums, rng.choice(nums)])
    for _ in range(4):
        nums = [rng.randint(0, 50) for _ in range(100)]
        out.append([nums, rng.randint(51, 100)])
    out.append([[7] * 100, 7])
    out.append([[rng.choice((7, 8)) for _ in range(100)], 7])
    out.append([list(range(51)) + list(range(49)), 25])
    out.append([[0] * 99 + [1], 0])
    out.append([[1] + [0] * 99, 0])
    return out

class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = nums[0]
        for value in nums[1:]:
            current = max(value, current + value)
            best = max(best, current)
        return best


def tests(rng):
    big, n = 10**4, 10**5
    out = [
        [[big]], [[-big]], [[0]], [[-1, -1]], [[1, -1]], [[-1, 1]], [[-2, 1, -3, 4, -1, 2, 1, -5, 4]],
        [[5, 4, -1, 7, 8]], [[-5, -4, -3]], [[0, 0, 0]], [[2, -1, 2]], [[2, -3, 2]], [[-1, 3, -1, 3, -10, 7]],
    ]
    for _ in range(8):
        out.append([[rng.randint(-20, 20) for _ in range(rng.randint(1, 40))]])
    for _ in range(4):
        out.append([[rng.randint(-big, big) for _ in range(rng.randint(100, 5000))]])
    out.append([[big] * n])                       # the largest sum, 10^9
    out.append([[-big] * n])
    out.append([[rng.randint(-big, big) for _ in range(n)]])
    out.append([[rng.randint(-big, big // 50) for _ in range(n)]])
    out.append([[-big] * (n - 1) + [big]])
    out.append([[big] + [-big] * (n - 1)])
    return out

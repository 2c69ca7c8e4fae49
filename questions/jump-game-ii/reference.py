class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps = end = farthest = 0
        for i in range(len(nums) - 1):
            farthest = max(farthest, i + nums[i])
            if i == end:
                jumps += 1
                end = farthest
        return jumps


def reachable(nums):
    farthest = 0
    for i in range(len(nums) - 1):
        if i > farthest:
            return False
        farthest = max(farthest, i + nums[i])
    return farthest >= len(nums) - 1


def random_reachable(rng, n, high, zeros):
    """Random values; where the walk would get stuck, the stuck position gets a positive value."""
    nums = [0 if rng.random() < zeros else rng.randint(1, high) for _ in range(n)]
    farthest = 0
    for i in range(n - 1):
        if farthest == i and nums[i] == 0:
            nums[i] = rng.randint(1, high)
        farthest = max(farthest, i + nums[i])
    assert reachable(nums)
    return nums


def tests(rng):
    n = 10**4
    out = [
        [[0]], [[1000]], [[1, 0]], [[1000, 0]], [[2, 3, 1, 1, 4]], [[2, 3, 0, 1, 4]],
        [[1, 2]], [[1, 1, 1, 1, 1]], [[4, 1, 1, 1, 1]], [[1, 2, 1, 1, 1]], [[2, 0, 2, 0, 1]],
        [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 0]],
    ]
    for _ in range(8):
        out.append([random_reachable(rng, rng.randint(2, 30), 4, 0.2)])
    for _ in range(4):
        out.append([random_reachable(rng, rng.randint(100, 2000), 10, 0.3)])
    out.append([[1] * n])                                   # n - 1 jumps
    out.append([[1000] * n])
    out.append([random_reachable(rng, n, 1000, 0.5)])
    out.append([random_reachable(rng, n, 3, 0.2)])
    out.append([[1000] + [0] * 999 + [1000] * 9000])
    out.append([[1000 if i % 1000 == 0 else 0 for i in range(n)]])   # hops of exactly 1000
    out.append([[2, 1] * (n // 2)])
    return out

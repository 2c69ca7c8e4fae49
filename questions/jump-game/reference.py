class Solution:
    def canJump(self, nums: List[int]) -> bool:
        farthest = 0
        for i, step in enumerate(nums):
            if i > farthest:
                return False
            farthest = max(farthest, i + step)
        return True


def random_jumps(rng, n, high, zeros):
    return [0 if rng.random() < zeros else rng.randint(1, high) for _ in range(n)]


def reachable_jumps(rng, n, high, zeros):
    """Random values; where the walk would get stuck, the stuck position gets a positive value."""
    nums = random_jumps(rng, n, high, zeros)
    farthest = 0
    for i in range(n - 1):
        if farthest == i and nums[i] == 0:
            nums[i] = rng.randint(1, high)
        farthest = max(farthest, i + nums[i])
    return nums


def tests(rng):
    big, n = 10**5, 10**4
    out = [
        [[0]], [[big]], [[0, 1]], [[1, 0]], [[0, 0]], [[2, 0, 0]], [[1, 0, 1]], [[3, 2, 1, 0, 4]],
        [[2, 3, 1, 1, 4]], [[1, 1, 0, 1]], [[2, 0, 1, 0, 1]], [[4, 0, 0, 0, 0]], [[4, 0, 0, 0, 0, 0]],
    ]
    for _ in range(8):
        out.append([random_jumps(rng, rng.randint(2, 30), 3, 0.35)])
    for _ in range(4):
        out.append([random_jumps(rng, rng.randint(100, 3000), 5, 0.2)])
    out.append([reachable_jumps(rng, rng.randint(100, 3000), 5, 0.3)])
    out.append([reachable_jumps(rng, n, 3, 0.3)])
    out.append([[1] * n])
    out.append([[1] * (n - 2) + [0, 0]])                  # stuck one step before the end
    out.append([[big] + [0] * (n - 1)])
    out.append([[0] + [big] * (n - 1)])
    out.append([[n - 1 - i for i in range(n)]])           # every index reaches exactly the end
    out.append([[n - 2 - i for i in range(n - 1)] + [0]])   # every index stops one short
    out.append([random_jumps(rng, n, 4, 0.1)])
    out.append([[rng.randint(0, big) for _ in range(n)]])
    return out

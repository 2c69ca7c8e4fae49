class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, v in enumerate(nums):
            if target - v in seen:
                return [seen[target - v], i]
            seen[v] = i
        return []


def pairs_with_sum(nums, target):
    counts = collections.Counter(nums)
    total = 0
    for v, c in counts.items():
        w = target - v
        if w == v:
            total += c * (c - 1) // 2
        elif w > v:
            total += c * counts.get(w, 0)
    return total


def instance(rng, n, lo, hi):
    """n values in [lo, hi] with exactly one pair summing to the target."""
    while True:
        nums = [rng.randint(lo, hi) for _ in range(n)]
        i, j = rng.sample(range(n), 2)
        target = nums[i] + nums[j]
        if -10**9 <= target <= 10**9 and pairs_with_sum(nums, target) == 1:
            return [nums, target]


def tests(rng):
    out = [
        [[1, 2], 3], [[-3, 3], 0], [[0, 4, 3, 0], 0], [[-1, -2, -3, -4, -5], -8],
        [[10**9, -10**9], 0], [[5, 75, 25], 100], [[2, 5, 5, 11], 10], [[1, 3, 4, 2], 6],
    ]
    for n in (3, 5, 10, 50, 100, 1000):
        out.append(instance(rng, n, -100, 100) if n < 100 else instance(rng, n, -10**6, 10**6))
    for _ in range(10):
        out.append(instance(rng, rng.randint(2, 300), -10**9 // 2, 10**9 // 2))
    for _ in range(4):
        out.append(instance(rng, 10**4, -10**9 // 2, 10**9 // 2))
    # The pair at the very end of a large input.
    nums = list(range(1, 10**4 - 1)) + [10**8, 10**8 + 1]
    out.append([nums, 2 * 10**8 + 1])
    return out

class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = high = low = nums[0]
        for value in nums[1:]:
            if value < 0:
                high, low = low, high
            high = max(value, high * value)
            low = min(value, low * value)
            best = max(best, high)
        return best


LIMIT = 2**31 - 1


def fit(rng, nums):
    """Replaces each value that would make its zero-free run multiply past 2^31 - 1 (in absolute
    value) with -1, 1 or 0, so that every subarray's product fits."""
    product = 1
    for i, v in enumerate(nums):
        if v == 0:
            product = 1
            continue
        if product * abs(v) > LIMIT:
            nums[i] = v = rng.choice((-1, 1, 0))
            if v == 0:
                product = 1
                continue
        product *= abs(v)
    return [nums]


def tests(rng):
    out = [[[0]], [[10]], [[-10]], [[-1]], [[-2, 0]], [[0, -2]], [[-2, -3]], [[2, 3, -2, 4]], [[-2, 0, -1]],
           [[-2, 3, -4]], [[0, 0, 0]], [[-1, -1]], [[3, -1, 4]], [[-10, -10, 0, 1]], [[1, -2, -3, 0, 7, -8, -2]],
           [[2] * 30 + [-1]], [[-2] * 30 + [-1]], [[-1] + [2] * 30 + [-1]], [[-1] + [2] * 30 + [-1, 0, 5]],
           [[-1, 2, -1] + [2] * 29 + [0, 3]]]
    for _ in range(10):
        n = rng.randint(1, 40)
        out.append(fit(rng, [rng.randint(-10, 10) for _ in range(n)]))
    out.append(fit(rng, [rng.randint(-10, 10) for _ in range(20000)]))
    out.append(fit(rng, [rng.choice((-1, 1, 1, -2, 2, 3)) for _ in range(20000)]))
    out.append(fit(rng, [rng.choice((-1, 1)) for _ in range(20000)]))
    out.append([[-1] * 20000])
    out.append([[0] * 19999 + [-10]])
    out.append(fit(rng, [rng.choice((-10, 10, -1, -1, 1, 1, 1, 1, 1, 1)) for _ in range(20000)]))
    for (nums,) in out:
        assert 1 <= len(nums) <= 20000 and all(-10 <= v <= 10 for v in nums)
        assert fit(rng, list(nums)) == [nums]
    return out

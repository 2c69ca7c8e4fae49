class Solution:
    def maximumGap(self, nums: List[int]) -> int:
        if len(nums) < 2:
            return 0
        low, high = min(nums), max(nums)
        if low == high:
            return 0
        n = len(nums)
        size = max(1, (high - low) // (n - 1))
        count = (high - low) // size + 1
        lows, highs = [None] * count, [None] * count
        for x in nums:
            b = (x - low) // size
            if lows[b] is None or x < lows[b]:
                lows[b] = x
            if highs[b] is None or x > highs[b]:
                highs[b] = x
        best, previous = 0, low
        for b in range(count):
            if lows[b] is not None:
                best = max(best, lows[b] - previous)
                previous = highs[b]
        return best


def tests(rng):
    big = 10**9
    out = [
        [[0]],
        [[big]],
        [[0, big]],
        [[big, 0]],
        [[1, 1]],
        [[3, 6, 9, 1]],
        [[10]],
        [[1, 10000000]],
        [[5, 5, 5, 6]],
        [[1, 3, 100]],
        [[100, 3, 1, 2]],
        [[0, 0, 0, big, big]],
        [[1, 2, 3, 4, 5, 6]],
        [[2, 4, 8, 16, 32, 64, 128, 256]],
    ]
    for _ in range(10):
        n = rng.randint(2, 30)
        out.append([[rng.randint(0, 50) for _ in range(n)]])
    for _ in range(4):
        n = rng.randint(100, 2000)
        out.append([[rng.randint(0, big) for _ in range(n)]])
    out.append([[rng.randint(0, big) for _ in range(20000)]])
    values = list(range(0, 10**5 * 3, 3))
    values[50000] += 2
    rng.shuffle(values)
    out.append([values])                      # the widest gap is 4, once, among 10^5 values
    out.append([[rng.randint(0, 1000) for _ in range(10**4)] + [big]])
    out.append([[big] * 5000])
    return out

class Solution:
    def maxProfit(self, k: int, prices: List[int]) -> int:
        n = len(prices)
        if 2 * k >= n:
            return sum(max(0, prices[i + 1] - prices[i]) for i in range(n - 1))
        buy = [-math.inf] * (k + 1)
        sell = [0] * (k + 1)
        for price in prices:
            for j in range(1, k + 1):
                buy[j] = max(buy[j], sell[j - 1] - price)
                sell[j] = max(sell[j], buy[j] + price)
        return sell[k]


def tests(rng):
    out = [
        [1, [0]],
        [100, [1000]],
        [1, [1, 2]],
        [1, [2, 1]],
        [2, [2, 4, 1]],
        [2, [3, 2, 6, 5, 0, 3]],
        [1, [0, 1000]],
        [100, [0, 1000, 0, 1000]],
        [1, [1, 2, 4, 2, 5, 7, 2, 4, 9, 0]],
        [2, [1, 2, 4, 2, 5, 7, 2, 4, 9, 0]],
        [3, [1, 2, 4, 2, 5, 7, 2, 4, 9, 0]],
        [4, [1, 2, 4, 2, 5, 7, 2, 4, 9, 0]],
        [2, [5, 5, 5, 5]],
        [1, list(range(1000, 0, -1))],
        [100, list(range(1000))],
    ]
    for _ in range(8):
        out.append([rng.randint(1, 5), [rng.randint(0, 20) for _ in range(rng.randint(1, 20))]])
    for _ in range(5):
        out.append([rng.randint(1, 100), [rng.randint(0, 1000) for _ in range(rng.randint(50, 500))]])
    for k in (1, 2, 50, 99, 100):
        out.append([k, [rng.randint(0, 1000) for _ in range(1000)]])
    out.append([100, [(i % 2) * 1000 for i in range(1000)]])
    out.append([37, [500 + (i * 37 % 101) * (1 if i % 3 else -1) for i in range(1000)]])
    return out

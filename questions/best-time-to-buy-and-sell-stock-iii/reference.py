class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        buy1 = buy2 = -prices[0]
        sell1 = sell2 = 0
        for price in prices:
            buy1 = max(buy1, -price)
            sell1 = max(sell1, buy1 + price)
            buy2 = max(buy2, sell1 - price)
            sell2 = max(sell2, buy2 + price)
        return sell2


def tests(rng):
    top = 10**5
    out = [
        [[0]],
        [[top]],
        [[1, 2]],
        [[2, 1]],
        [[4, 4, 4]],
        [[0, top]],
        [[3, 3, 5, 0, 0, 3, 1, 4]],
        [[1, 2, 3, 4, 5]],
        [[7, 6, 4, 3, 1]],
        [[1, 2, 4, 2, 5, 7, 2, 4, 9, 0]],
        [[0, top, 0, top, 0, top]],               # three good trades, only two allowed
        [[top, 0, top, 0]],
        [[6, 1, 3, 2, 4, 7]],
        [[1, 4, 2, 7, 3, 9, 0, 5]],
    ]
    for _ in range(12):
        out.append([[rng.randint(0, 50) for _ in range(rng.randint(2, 60))]])
    for _ in range(6):
        out.append([[rng.randint(0, top) for _ in range(rng.randint(100, 1000))]])
    out.append([[rng.randint(0, top) for _ in range(10**5)]])
    out.append([[9 - i // 10**4 for i in range(10**5)]])                       # never rises: 0
    out.append([[rng.randint(3, 5) for _ in range(30000)] + [0, 9] + [rng.randint(3, 5) for _ in range(30000)] + [0, 9]])
    return out

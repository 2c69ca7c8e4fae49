class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        lowest, best = prices[0], 0
        for price in prices:
            if price < lowest:
                lowest = price
            elif price - lowest > best:
                best = price - lowest
        return best


def tests(rng):
    top = 10**4
    out = [
        [[0]],
        [[top]],
        [[1, 2]],
        [[2, 1]],
        [[5, 5, 5, 5]],
        [[0, top]],
        [[top, 0]],
        [[7, 1, 5, 3, 6, 4]],
        [[3, 8, 1, 2]],                 # the best pair comes before the lowest price
        [[2, 9, 1, 9]],
        [[4, 3, 2, 1, 0, top]],         # the best trade at the very end
        [[0, top, 0, top]],
        [list(range(1, 101))],
        [list(range(100, 0, -1))],
    ]
    for _ in range(12):
        out.append([[rng.randint(0, 50) for _ in range(rng.randint(2, 60))]])
    for _ in range(6):
        out.append([[rng.randint(0, top) for _ in range(rng.randint(100, 1000))]])
    out.append([[rng.randint(0, top) for _ in range(10**5)]])
    out.append([[9 - i * 10 // 10**5 for i in range(10**5)]])          # never rises: 0
    out.append([[rng.randint(5, 9) for _ in range(50000)] + [0] + [rng.randint(0, 1) for _ in range(49998)] + [9]])
    return out

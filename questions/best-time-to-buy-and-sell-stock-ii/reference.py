class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))


def tests(rng):
    top = 10**4
    out = [
        [[0]],
        [[top]],
        [[1, 2]],
        [[2, 1]],
        [[3, 3, 3]],
        [[0, top]],
        [[7, 1, 5, 3, 6, 4]],
        [[1, 2, 3, 4, 5]],
        [[7, 6, 4, 3, 1]],
        [[5, 1, 5, 1, 5, 1]],
        [[0, top, 0, top, 0, top]],
        [[top, 0, top, 0]],
    ]
    for _ in range(12):
        out.append([[rng.randint(0, 50) for _ in range(rng.randint(2, 60))]])
    for _ in range(6):
        out.append([[rng.randint(0, top) for _ in range(rng.randint(100, 3000))]])
    out.append([[rng.randint(0, top) for _ in range(3 * 10**4)]])
    out.append([[0, top] * (15 * 10**3)])                     # the largest answer, 150,000,000
    out.append([[top - i // 3 for i in range(3 * 10**4)]])    # never rises: 0
    out.append([list(range(3 * 10**4 // 3)) * 3])
    return out

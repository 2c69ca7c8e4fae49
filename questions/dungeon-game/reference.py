class Solution:
    def calculateMinimumHP(self, dungeon: List[List[int]]) -> int:
        m, n = len(dungeon), len(dungeon[0])
        inf = float("inf")
        need = [inf] * (n + 1)
        need[n - 1] = 1
        for i in range(m - 1, -1, -1):
            below = need[:]
            row = [inf] * (n + 1)
            for j in range(n - 1, -1, -1):
                best = min(below[j], row[j + 1])
                if i == m - 1 and j == n - 1:
                    best = 1
                row[j] = max(1, best - dungeon[i][j])
            need = row
        return need[0]


def grid(rng, m, n, low=-1000, high=1000):
    return [[[rng.randint(low, high) for _ in range(n)] for _ in range(m)]]


def tests(rng):
    out = [
        [[[0]]],
        [[[-1000]]],
        [[[1000]]],
        [[[-1000, -1000]]],
        [[[1000], [-1000]]],
        [[[1, -3, 3], [0, -2, 0], [-3, -3, -3]]],
        [[[-2, -3, 3], [-5, -10, 1], [10, 30, -5]]],
        [[[100, -200, 50], [-50, -50, -50]]],
        [[[0, 0, 0], [-1, -1, 0], [2, 2, 0]]],
    ]
    for _ in range(8):
        out.append(grid(rng, rng.randint(1, 8), rng.randint(1, 8), -10, 10))
    for _ in range(6):
        out.append(grid(rng, rng.randint(10, 60), rng.randint(10, 60)))
    out.append(grid(rng, 1, 200))
    out.append(grid(rng, 200, 1))
    out.append(grid(rng, 200, 200))
    out.append(grid(rng, 200, 200, -1000, 300))
    out.append([[[-1000] * 200 for _ in range(200)]])
    out.append([[[1000] * 200 for _ in range(200)]])
    out.append(grid(rng, 200, 200, -300, 1000))
    return out

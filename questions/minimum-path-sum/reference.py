class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        n = len(grid[0])
        best = [math.inf] * n
        best[0] = 0
        for cells in grid:
            best[0] += cells[0]
            for j in range(1, n):
                best[j] = min(best[j], best[j - 1]) + cells[j]
        return best[-1]


def random_grid(rng, m, n, low=0, high=200):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(m)]


def tests(rng):
    out = [
        [[[0]]], [[[200]]], [[[1, 2]]], [[[1], [2]]],
        [[[1, 3, 1], [1, 5, 1], [4, 2, 1]]],
        [[[1, 2, 3], [4, 5, 6]]],
        [[[0] * 200 for _ in range(200)]],
        [[[200] * 200 for _ in range(200)]],
        [[[200] * 200]],
        [[[200]] * 200],
    ]
    # the cheap route hugs the far edges
    grid = [[200] * 50 for _ in range(50)]
    for i in range(50):
        grid[i][0] = 0
        grid[49][i] = 0
    out.append([grid])
    # a snake-like cheap corridor forces many turns
    grid = [[200] * 40 for _ in range(40)]
    for i in range(40):
        for j in range(40):
            if i // 2 == j // 2 or i // 2 == (j + 1) // 2:
                grid[i][j] = 0
    out.append([grid])
    for _ in range(14):
        out.append([random_grid(rng, rng.randint(1, 15), rng.randint(1, 15), 0, rng.choice([1, 9, 200]))])
    for m, n in ((200, 200), (1, 200), (200, 1), (137, 200), (200, 63)):
        out.append([random_grid(rng, m, n)])
    out.append([random_grid(rng, 200, 200, 0, 1)])
    return out

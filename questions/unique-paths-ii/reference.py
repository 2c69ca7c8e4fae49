class Solution:
    def uniquePathsWithObstacles(self, obstacleGrid: List[List[int]]) -> int:
        n = len(obstacleGrid[0])
        row = [0] * n
        row[0] = 1
        for cells in obstacleGrid:
            for j in range(n):
                if cells[j]:
                    row[j] = 0
                elif j:
                    row[j] += row[j - 1]
        return row[-1]


def count(grid):
    return Solution().uniquePathsWithObstacles(grid)


def random_grid(rng, m, n, density):
    """A grid whose answer is at most 2 * 10^9: obstacles are added until it is."""
    grid = [[1 if rng.random() < density else 0 for _ in range(n)] for _ in range(m)]
    grid[0][0] = grid[m - 1][n - 1] = 0
    while count(grid) > 2 * 10**9:
        for _ in range(max(1, m * n // 200)):
            i, j = rng.randrange(m), rng.randrange(n)
            if (i, j) not in ((0, 0), (m - 1, n - 1)):
                grid[i][j] = 1
    return grid


def grown_grid(rng, m, n, tries):
    """A free monotone path from start to goal, widened by freeing random cells while the answer
    stays at most 2 * 10^9: answers near the bound on large grids."""
    moves = [1] * (m - 1) + [0] * (n - 1)
    rng.shuffle(moves)
    grid = [[1] * n for _ in range(m)]
    i = j = 0
    grid[0][0] = 0
    free = [(0, 0)]
    for down in moves:
        i, j = (i + 1, j) if down else (i, j + 1)
        grid[i][j] = 0
        free.append((i, j))
    for attempt in range(tries):
        if attempt % 2:
            a, b = rng.randrange(m), rng.randrange(n)
        else:
            a, b = rng.choice(free)
            a, b = a + rng.randint(-1, 1), b + rng.randint(-1, 1)
        if not (0 <= a < m and 0 <= b < n) or grid[a][b] == 0:
            continue
        grid[a][b] = 0
        if count(grid) > 2 * 10**9:
            grid[a][b] = 1
        else:
            free.append((a, b))
    return grid


def tests(rng):
    out = [
        [[[0]]], [[[1]]], [[[0, 1]]], [[[0], [1]]], [[[0, 0]]], [[[1, 0]]],
        [[[0, 0, 0], [0, 1, 0], [0, 0, 0]]],
        [[[0, 1], [0, 0]]],
        [[[0, 0], [0, 1]]],
        [[[0] * 100]], [[[0]] * 100], [[[0] * 99 + [1]]],
        [[[0] * 100, [0] * 100]],
    ]
    out.append([[[0] * 17 for _ in range(17)]])
    for _ in range(12):
        m, n = rng.randint(1, 12), rng.randint(1, 12)
        out.append([random_grid(rng, m, n, rng.choice([0.0, 0.1, 0.25]))])
    for density in (0.05, 0.1, 0.2, 0.3):
        out.append([random_grid(rng, 100, 100, density)])
    out.append([random_grid(rng, 100, 1, 0.0)])
    for m, n, tries in ((100, 100, 1500), (100, 100, 600), (100, 100, 3000), (30, 100, 800), (100, 7, 400)):
        out.append([grown_grid(rng, m, n, tries)])
    out.append([random_grid(rng, 50, 100, 0.15)])
    # counts on cells that cannot reach the goal go past 2^31 - 1; the answer stays small
    grid = [[1] * 100 for _ in range(100)]
    for i in range(18):
        for j in range(19):
            grid[i][j] = 0
    for i in range(100):
        grid[i][0] = 0
    grid[99] = [0] * 100
    out.append([grid])
    # a wall with a single gap
    grid = [[0] * 12 for _ in range(40)]
    grid[20] = [1] * 11 + [0]
    out.append([grid])
    out = [t for t in out if count(t[0]) <= 2 * 10**9]
    return out

class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == "1" and not seen[i][j]:
                    count += 1
                    seen[i][j] = True
                    stack = [(i, j)]
                    while stack:
                        r, c = stack.pop()
                        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == "1" and not seen[nr][nc]:
                                seen[nr][nc] = True
                                stack.append((nr, nc))
        return count


def grid(rng, m, n, land=0.5):
    return [[["1" if rng.random() < land else "0" for _ in range(n)] for _ in range(m)]]


def text(rows):
    return [[list(row) for row in rows]]


def tests(rng):
    out = [
        text(["0"]),
        text(["1"]),
        text(["10"]),
        text(["1", "1"]),
        text(["101", "010", "101"]),
        text(["111", "101", "111"]),
        text(["11110", "11010", "11000", "00000"]),
        text(["11000", "11000", "00100", "00011"]),
        text(["1" * 300]),
        text(["10" * 150]),
        text(["1"] * 300),
        text(["111", "010", "111"]),
    ]
    for _ in range(8):
        out.append(grid(rng, rng.randint(1, 10), rng.randint(1, 10), rng.choice([0.3, 0.5, 0.7])))
    for _ in range(6):
        out.append(grid(rng, rng.randint(20, 50), rng.randint(20, 50), rng.choice([0.4, 0.55, 0.6])))
    out.append(grid(rng, 150, 300, 0.5))
    out.append([[["1"] * 150 for _ in range(150)]])
    # a single snake-shaped island through the whole map: deep for a recursive search
    snake = [["1" if r % 2 == 0 or (r % 4 == 1 and c == 299) or (r % 4 == 3 and c == 0) else "0"
              for c in range(300)] for r in range(300)]
    out.append([snake])
    checker = [["1" if (r + c) % 2 == 0 else "0" for c in range(100)] for r in range(100)]
    out.append([checker])
    return out

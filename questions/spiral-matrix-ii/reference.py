class Solution:
    def generateMatrix(self, n: int) -> List[List[int]]:
        grid = [[0] * n for _ in range(n)]
        r, c, dr, dc = 0, 0, 0, 1
        for value in range(1, n * n + 1):
            grid[r][c] = value
            nr, nc = r + dr, c + dc
            if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
                dr, dc = dc, -dr
                nr, nc = r + dr, c + dc
            r, c = nr, nc
        return grid


def tests(rng):
    # only twenty inputs exist: each is tested, the larger ones twice
    return [[n] for n in range(1, 21)] + [[n] for n in (20, 19, 3, 18, 17, 5, 16, 15, 20, 11)]

class Solution:
    def solve(self, board: List[List[str]]) -> None:
        """
        Do not return anything, modify board in-place instead.
        """
        m, n = len(board), len(board[0])
        stack = [(r, c) for r in range(m) for c in (0, n - 1)] + [(r, c) for r in (0, m - 1) for c in range(n)]
        while stack:
            r, c = stack.pop()
            if 0 <= r < m and 0 <= c < n and board[r][c] == "O":
                board[r][c] = "#"
                stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
        for row in board:
            for c in range(n):
                row[c] = "O" if row[c] == "#" else "X"


def grid(rng, m, n, p):
    return [["O" if rng.random() < p else "X" for _ in range(n)] for _ in range(m)]


def snake(m, n):
    """An 'O' path winding through the whole grid from a border cell: nothing is captured, and the
    region is as long as it can be (deep recursion for a depth-first search)."""
    board = [["X"] * n for _ in range(m)]
    for r in range(0, m, 2):
        for c in range(n):
            board[r][c] = "O"
        if r + 1 < m:
            board[r + 1][n - 1 if (r // 2) % 2 == 0 else 0] = "O"
    return board


def tests(rng):
    out = [
        [[["O"]]],
        [[["X"]]],
        [[["X", "X", "X"], ["X", "O", "X"], ["X", "X", "X"]]],
        [[["O", "O", "O"], ["O", "X", "O"], ["O", "O", "O"]]],
        [[["X", "O", "X"], ["X", "O", "X"], ["X", "O", "X"]]],
        [[["X", "X", "X", "X"], ["X", "O", "O", "X"], ["X", "X", "O", "X"], ["X", "O", "X", "X"]]],
        [[["O", "X", "O", "X", "O", "X"]]],
        [[["O"], ["X"], ["O"]]],
        [[["X", "X", "X", "X"], ["X", "O", "O", "X"], ["X", "O", "O", "O"], ["X", "X", "X", "X"]]],
        [[["X", "X", "X", "X", "X"], ["X", "O", "X", "O", "X"], ["X", "X", "O", "X", "X"], ["X", "O", "X", "O", "X"], ["X", "X", "X", "X", "X"]]],
    ]
    for _ in range(14):
        m, n = rng.randint(1, 15), rng.randint(1, 15)
        out.append([grid(rng, m, n, rng.choice((0.3, 0.5, 0.7)))])
    out.append([grid(rng, 150, 200, 0.55)])
    out.append([[["O"] * 60 for _ in range(60)]])
    inner = [["X"] * 60] + [["X"] + ["O"] * 58 + ["X"] for _ in range(58)] + [["X"] * 60]
    out.append([inner])                     # one large enclosed region, all captured
    out.append([snake(200, 200)])
    out.append([grid(rng, 1, 200, 0.5)])
    out.append([grid(rng, 200, 1, 0.5)])
    out.append([grid(rng, 37, 150, 0.45)])
    return out

class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        seen = set()
        for r in range(9):
            for c in range(9):
                d = board[r][c]
                if d == ".":
                    continue
                keys = (("row", r, d), ("col", c, d), ("box", r // 3, c // 3, d))
                if any(k in seen for k in keys):
                    return False
                seen.update(keys)
        return True


def solved(rng):
    """A random complete Sudoku grid: a pattern with digits, rows and columns shuffled."""
    digits = list("123456789")
    rng.shuffle(digits)

    def order():
        bands = rng.sample(range(3), 3)
        return [b * 3 + i for b in bands for i in rng.sample(range(3), 3)]

    rows, cols = order(), order()
    return [[digits[(r * 3 + r // 3 + c) % 9] for c in cols] for r in rows]


def thinned(rng, grid, keep):
    return [[d if rng.random() < keep else "." for d in row] for row in grid]


def conflict(rng, board, kind):
    """Adds one digit that repeats another only in a row, only in a column, or only in a box."""
    while True:
        r, c = rng.randrange(9), rng.randrange(9)
        if board[r][c] != ".":
            continue
        if kind == "row":
            others = [(r, j) for j in range(9) if j // 3 != c // 3]
        elif kind == "col":
            others = [(i, c) for i in range(9) if i // 3 != r // 3]
        else:
            others = [(i, j) for i in range(r // 3 * 3, r // 3 * 3 + 3) for j in range(c // 3 * 3, c // 3 * 3 + 3)
                      if i != r and j != c]
        digits = [board[i][j] for i, j in others if board[i][j] != "."]
        if not digits:
            continue
        d = rng.choice(digits)
        board = [row[:] for row in board]
        board[r][c] = d
        return board


def tests(rng):
    empty = [["."] * 9 for _ in range(9)]
    out = [[empty]]
    full = solved(rng)
    out.append([full])
    broken = [row[:] for row in full]
    broken[0][0], broken[0][1] = broken[0][1], broken[0][0]     # rows still fine, columns and box not
    out.append([broken])
    one = [row[:] for row in empty]
    one[4][4] = "5"
    out.append([one])
    pair = [row[:] for row in empty]
    pair[0][0] = pair[8][8] = "9"
    out.append([pair])
    for kind in ("row", "col", "box"):
        out.append([conflict(rng, thinned(rng, solved(rng), 0.3), kind)])
    for _ in range(10):
        out.append([thinned(rng, solved(rng), rng.choice([0.2, 0.35, 0.5, 0.8]))])
    for _ in range(15):
        kind = rng.choice(["row", "col", "box"])
        out.append([conflict(rng, thinned(rng, solved(rng), rng.choice([0.2, 0.35, 0.5])), kind)])
    # Valid boards that have no solution: every row, column and box is free of repeats.
    out.append([[list("12345678."), list("........."), list("........9")] + [["."] * 9 for _ in range(6)]])
    corner = [row[:] for row in empty]
    corner[8][8], corner[8][0], corner[0][8] = "1", "2", "3"
    out.append([corner])
    return out

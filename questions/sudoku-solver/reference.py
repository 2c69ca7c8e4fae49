class Solution:
    def solveSudoku(self, board: List[List[str]]) -> None:
        """
        Do not return anything, modify board in-place instead.
        """
        rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
        empty = []
        for r in range(9):
            for c in range(9):
                if board[r][c] == ".":
                    empty.append((r, c))
                else:
                    bit = 1 << int(board[r][c])
                    rows[r] |= bit
                    cols[c] |= bit
                    boxes[r // 3 * 3 + c // 3] |= bit

        def solve():
            # The empty cell with the fewest digits left first.
            best, best_free, best_count = -1, 0, 10
            for i, (r, c) in enumerate(empty):
                if board[r][c] != ".":
                    continue
                free = ~(rows[r] | cols[c] | boxes[r // 3 * 3 + c // 3]) & 0x3FE
                count = bin(free).count("1")
                if count < best_count:
                    best, best_free, best_count = i, free, count
                    if count <= 1:
                        break
            if best < 0:
                return True
            r, c = empty[best]
            b = r // 3 * 3 + c // 3
            free = best_free
            while free:
                bit = free & -free
                free ^= bit
                board[r][c] = str(bit.bit_length() - 1)
                rows[r] |= bit
                cols[c] |= bit
                boxes[b] |= bit
                if solve():
                    return True
                rows[r] ^= bit
                cols[c] ^= bit
                boxes[b] ^= bit
            board[r][c] = "."
            return False

        solve()


def count_solutions(grid, limit=2):
    """How many solutions `grid` (81 ints, 0 for empty) has, counting no further than `limit`."""
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    empty = []
    for i, v in enumerate(grid):
        r, c = divmod(i, 9)
        if v:
            bit = 1 << v
            if (rows[r] | cols[c] | boxes[r // 3 * 3 + c // 3]) & bit:
                return 0
            rows[r] |= bit
            cols[c] |= bit
            boxes[r // 3 * 3 + c // 3] |= bit
        else:
            empty.append((r, c, r // 3 * 3 + c // 3))
    found = [0]
    filled = [False] * len(empty)

    def search():
        best, best_free, best_count = -1, 0, 10
        for i, (r, c, b) in enumerate(empty):
            if filled[i]:
                continue
            free = ~(rows[r] | cols[c] | boxes[b]) & 0x3FE
            count = bin(free).count("1")
            if count < best_count:
                best, best_free, best_count = i, free, count
                if count <= 1:
                    break
        if best < 0:
            found[0] += 1
            return found[0] >= limit
        r, c, b = empty[best]
        filled[best] = True
        free = best_free
        while free:
            bit = free & -free
            free ^= bit
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            stop = search()
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
            if stop:
                filled[best] = False
                return True
        filled[best] = False
        return False

    search()
    return found[0]


def full_grid(rng):
    """A random solved grid: a pattern, with bands, stacks, rows, columns and digits shuffled."""
    def order():
        bands = rng.sample(range(3), 3)
        return [band * 3 + line for band in bands for line in rng.sample(range(3), 3)]
    digits = rng.sample(range(1, 10), 9)
    rows, cols = order(), order()
    return [digits[(3 * (r % 3) + r // 3 + c) % 9] for r in rows for c in cols]


def naive_effort(grid, limit):
    """The calls a plain backtracking solver (first empty cell in reading order, digits 1 to 9)
    makes, counting no further than `limit`: puzzles far too slow for it are left out."""
    grid = list(grid)
    calls = [0]

    def ok(i, v):
        r, c = divmod(i, 9)
        if any(grid[r * 9 + k] == v or grid[k * 9 + c] == v for k in range(9)):
            return False
        br, bc = r // 3 * 3, c // 3 * 3
        return all(grid[(br + dr) * 9 + bc + dc] != v for dr in range(3) for dc in range(3))

    def solve(start):
        calls[0] += 1
        if calls[0] > limit:
            return True
        for i in range(start, 81):
            if grid[i] == 0:
                for v in range(1, 10):
                    if ok(i, v):
                        grid[i] = v
                        if solve(i + 1):
                            return True
                grid[i] = 0
                return False
        return True

    solve(0)
    return calls[0]


def puzzle(rng, clues, effort=20000):
    """A puzzle with one solution and about `clues` givens (as few as removal allows)."""
    while True:
        grid = full_grid(rng)
        cells = list(range(81))
        rng.shuffle(cells)
        given = 81
        for i in cells:
            if given <= clues:
                break
            value, grid[i] = grid[i], 0
            if count_solutions(grid) == 1:
                given -= 1
            else:
                grid[i] = value
        if naive_effort(grid, effort) <= effort:
            return [[[str(v) if v else "." for v in grid[r * 9:r * 9 + 9]] for r in range(9)]]


def tests(rng):
    out = []
    # Nearly solved: one empty cell, one empty row, one empty box.
    grid = full_grid(rng)
    grid[40] = 0
    out.append([[[str(v) if v else "." for v in grid[r * 9:r * 9 + 9]] for r in range(9)]])
    grid = full_grid(rng)
    for c in range(9):
        grid[c] = 0
    out.append([[[str(v) if v else "." for v in grid[r * 9:r * 9 + 9]] for r in range(9)]])
    grid = full_grid(rng)
    for r in range(3, 6):
        for c in range(3, 6):
            grid[r * 9 + c] = 0
    out.append([[[str(v) if v else "." for v in grid[r * 9:r * 9 + 9]] for r in range(9)]])
    for clues in (70, 60, 50, 45, 40, 36, 34, 32, 30, 30):
        out.append(puzzle(rng, clues))
    for _ in range(16):
        out.append(puzzle(rng, 17))    # as few givens as removal reaches (22 to 27)
    return out

class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        out, columns = [], []
        used, up, down = set(), set(), set()

        def place(row):
            if row == n:
                out.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
                return
            for c in range(n):
                if c in used or row + c in up or row - c in down:
                    continue
                used.add(c); up.add(row + c); down.add(row - c); columns.append(c)
                place(row + 1)
                used.remove(c); up.remove(row + c); down.remove(row - c); columns.pop()

        place(0)
        return out


def tests(rng):
    # only nine inputs exist; each is tested, the larger ones several times
    out = [[n] for n in range(1, 10)]
    out += [[n] for n in (9, 8, 7, 6, 9, 8, 4, 9, 3, 9, 6, 8, 7, 9, 5, 9, 8, 9)]
    return out

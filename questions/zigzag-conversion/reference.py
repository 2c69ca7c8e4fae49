class Solution:
    def convert(self, s: str, numRows: int) -> str:
        if numRows == 1:
            return s
        rows = [[] for _ in range(numRows)]
        row, step = 0, 1
        for c in s:
            rows[row].append(c)
            if row == 0:
                step = 1
            elif row == numRows - 1:
                step = -1
            row += step
        return "".join("".join(r) for r in rows)


ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,."


def text(rng, n):
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def tests(rng):
    out = [["AB", 1], ["AB", 2], ["AB", 5], ["ABC", 2], ["PAYPALISHIRING", 3], ["PAYPALISHIRING", 4], ["a,b.c", 1000]]
    for _ in range(18):
        n = rng.randint(1, 200)
        out.append([text(rng, n), rng.randint(1, n + 2)])
    out.append([text(rng, 1000), 1])
    out.append([text(rng, 1000), 2])
    out.append([text(rng, 1000), 999])
    out.append([text(rng, 1000), 1000])
    out.append([text(rng, 1000), 37])
    return out

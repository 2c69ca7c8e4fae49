class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        out = []
        rows = [row[:] for row in matrix]
        while rows:
            out += rows.pop(0)
            rows = [list(r) for r in zip(*rows)][::-1]
        return out


def grid(rng, m, n):
    return [[rng.randint(-100, 100) for _ in range(n)] for _ in range(m)]


def tests(rng):
    out = [[[[7]]], [[[1, 2, 3, 4]]], [[[1], [2], [3]]], [[[1, 2], [3, 4]]], [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]]
    for _ in range(20):
        out.append([grid(rng, rng.randint(1, 10), rng.randint(1, 10))])
    out += [[grid(rng, 10, 10)], [grid(rng, 1, 10)], [grid(rng, 10, 1)], [grid(rng, 10, 9)], [grid(rng, 2, 10)]]
    return out

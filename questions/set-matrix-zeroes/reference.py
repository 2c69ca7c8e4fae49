class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        """
        Do not return anything, modify matrix in-place instead.
        """
        rows = {i for i, row in enumerate(matrix) for value in row if value == 0}
        columns = {j for row in matrix for j, value in enumerate(row) if value == 0}
        for i, row in enumerate(matrix):
            for j in range(len(row)):
                if i in rows or j in columns:
                    row[j] = 0


LOW, HIGH = -2**31, 2**31 - 1


def random_matrix(rng, m, n, zeros, low=LOW, high=HIGH):
    out = [[rng.randint(low, high) or 1 for _ in range(n)] for _ in range(m)]
    for _ in range(zeros):
        out[rng.randrange(m)][rng.randrange(n)] = 0
    return out


def tests(rng):
    out = [[[[0]]], [[[1]]], [[[LOW]]], [[[HIGH]]], [[[0, 1]]], [[[1], [0]]], [[[1, 0, 1]]],
           [[[1, 1, 1], [1, 0, 1], [1, 1, 1]]], [[[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]],
           [[[1, 2, 3], [4, 5, 6]]], [[[0, 0], [0, 0]]], [[[LOW, HIGH], [HIGH, 0]]],
           [[[1, 2, 3, 4], [5, 0, 7, 8], [0, 10, 11, 12], [13, 14, 15, 0]]],
           [[[1, 1, 0], [1, 1, 1], [1, 1, 1]]], [[[1, 1, 1], [1, 1, 1], [0, 1, 1]]],
           [[[1, 0, 3]]], [[[5], [0], [7]]]]
    for _ in range(14):
        m, n = rng.randint(1, 10), rng.randint(1, 10)
        out.append([random_matrix(rng, m, n, rng.randint(0, 3), -5, 5)])
    out.append([random_matrix(rng, 200, 200, 0, -9, 9)])
    out.append([random_matrix(rng, 100, 100, 3)])
    out.append([random_matrix(rng, 200, 200, 1, -1000, 1000)])
    out.append([random_matrix(rng, 1, 200, 1)])
    out.append([random_matrix(rng, 200, 1, 2)])
    m = random_matrix(rng, 150, 200, 0, -9, 9)
    m[0][199] = 0
    out.append([m])
    return out

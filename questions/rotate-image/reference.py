class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        """
        Do not return anything, modify matrix in-place instead.
        """
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        for row in matrix:
            row.reverse()


def grid(rng, n, low=-1000, high=1000):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(n)]


def tests(rng):
    out = [
        [[[1000]]],
        [[[-1000, 1000], [1000, -1000]]],
        [[[7, 7], [7, 7]]],
        [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]],
        [[[0] * 5 for _ in range(5)]],
        [[[i * 6 + j for j in range(6)] for i in range(6)]],
    ]
    for n in range(2, 21):
        out.append([grid(rng, n)])
    for n in (19, 20, 20):
        out.append([grid(rng, n)])
    out.append([[[i - j for j in range(20)] for i in range(20)]])
    out.append([grid(rng, 20, -1, 1)])
    return out

class Solution:
    def minimumTotal(self, triangle: List[List[int]]) -> int:
        best = list(triangle[-1])
        for row in reversed(triangle[:-1]):
            best = [value + min(best[j], best[j + 1]) for j, value in enumerate(row)]
        return best[0]


def make(rng, n, low=-10**4, high=10**4):
    return [[[rng.randint(low, high) for _ in range(i + 1)] for i in range(n)]]


def tests(rng):
    big = 10**4
    out = [
        [[[0]]],
        [[[big]]],
        [[[-big]]],
        [[[1], [2, 3]]],
        [[[1], [3, 2]]],
        [[[-1], [2, 3], [1, -1, -3]]],
        [[[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]],
        [[[i] * (i + 1) for i in range(200)]],
        [[[big] * (i + 1) for i in range(200)]],                  # the largest sum, 2,000,000
        [[[-big] * (i + 1) for i in range(200)]],                 # the smallest, -2,000,000
        [[[big] * i + [-big] for i in range(200)]],               # the path along the right edge
        [[[-big] + [big] * i for i in range(200)]],               # the path along the left edge
    ]
    for _ in range(12):
        out += [make(rng, rng.randint(2, 30), -20, 20)]
    for _ in range(6):
        out += [make(rng, rng.randint(31, 90))]
    out += [make(rng, 200), make(rng, 200, -3, 3), make(rng, 200, 0, 1)]
    zig = [[big] * (i + 1) for i in range(200)]
    j = 0
    for i in range(200):                                          # one cheap path that zigzags
        zig[i][j] = -big
        if i % 3 == 0 and j < i + 1:
            j += 1
    out.append([zig])
    return out

class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        out = []
        for start, end in sorted(intervals):
            if out and start <= out[-1][1]:
                out[-1][1] = max(out[-1][1], end)
            else:
                out.append([start, end])
        return out


def random_intervals(rng, n, high, width):
    out = []
    for _ in range(n):
        start = rng.randint(0, high)
        out.append([start, min(high, start + rng.randint(0, width))])
    return out


def tests(rng):
    big, n = 10**4, 10**4
    out = [
        [[[0, 0]]], [[[big, big]]], [[[0, big]]], [[[1, 3], [2, 6], [8, 10], [15, 18]]], [[[1, 4], [4, 5]]],
        [[[1, 4], [0, 4]]], [[[1, 4], [2, 3]]], [[[4, 7], [1, 4]]], [[[1, 2], [3, 4]]], [[[3, 4], [1, 2]]],
        [[[0, 0], [0, 0], [0, 0]]], [[[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]]], [[[5, 5], [5, 5], [4, 6]]],
    ]
    for _ in range(8):
        out.append([random_intervals(rng, rng.randint(1, 20), 50, 6)])
    for _ in range(4):
        out.append([random_intervals(rng, rng.randint(100, 2000), big, 30)])
    out.append([random_intervals(rng, n, big, 3)])
    out.append([random_intervals(rng, n, big, big)])
    out.append([[[i, i] for i in range(n)]])                     # no two overlap
    shuffled = [[i, i + 1] for i in range(n)]
    rng.shuffle(shuffled)
    out.append([shuffled])                                        # a chain that merges into [0, 10^4]
    out.append([[[2 * i, 2 * i] for i in range(n // 2)] + [[0, big]] * (n // 2)])
    return out

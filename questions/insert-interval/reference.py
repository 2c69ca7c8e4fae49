class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        out, i, n = [], 0, len(intervals)
        while i < n and intervals[i][1] < start:
            out.append(intervals[i])
            i += 1
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        out.append([start, end])
        out.extend(intervals[i:])
        return out


def disjoint(rng, n, high):
    """n sorted intervals in [0, high] that do not overlap (not even touching)."""
    points = sorted(rng.sample(range(high + 1), 2 * n))
    out = []
    for i in range(n):
        a, b = points[2 * i], points[2 * i + 1]
        if rng.random() < 0.2:
            b = a
        out.append([a, b])
    return out


def new_interval(rng, high, width):
    a = rng.randint(0, high)
    return [a, min(high, a + rng.randint(0, width))]


def tests(rng):
    big = 10**5
    out = [
        [[], [0, 0]], [[], [big, big]], [[[0, 0]], [0, 0]], [[[0, 0]], [big, big]], [[[big, big]], [0, 0]],
        [[[1, 5]], [2, 3]], [[[1, 5]], [0, 6]], [[[1, 5]], [5, 7]], [[[1, 5]], [6, 8]], [[[3, 5]], [1, 2]],
        [[[1, 3], [6, 9]], [2, 5]], [[[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]],
        [[[1, 2], [4, 5]], [3, 3]], [[[1, 2], [4, 5]], [2, 4]], [[[0, 1], [3, 4], [6, 7]], [0, big]],
    ]
    for _ in range(8):
        out.append([disjoint(rng, rng.randint(0, 10), 40), new_interval(rng, 40, 10)])
    for _ in range(4):
        out.append([disjoint(rng, rng.randint(100, 3000), big), new_interval(rng, big, 300)])
    n = 10**4
    out.append([disjoint(rng, n, big), new_interval(rng, big, 2000)])
    out.append([disjoint(rng, 1000, big), [0, big]])
    out.append([[[10 * i + 1, 10 * i + 5] for i in range(n)], [big, big]])      # goes last
    out.append([[[10 * i + 1, 10 * i + 5] for i in range(2000)], [0, 0]])       # goes first
    out.append([[[10 * i + 1, 10 * i + 5] for i in range(n)], [50005, 50011]])  # touches two
    return out

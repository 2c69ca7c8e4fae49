class Solution:
    def maxPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        if n <= 2:
            return n
        best = 1
        for i in range(n):
            x1, y1 = points[i]
            slopes = collections.Counter()
            for j in range(i + 1, n):
                dx, dy = points[j][0] - x1, points[j][1] - y1
                g = math.gcd(dx, dy)
                dx, dy = dx // g, dy // g
                if dx < 0 or (dx == 0 and dy < 0):
                    dx, dy = -dx, -dy
                slopes[(dx, dy)] += 1
            if slopes:
                best = max(best, max(slopes.values()) + 1)
        return best


L = 10**4


def distinct(points):
    seen, out = set(), []
    for p in points:
        if tuple(p) not in seen:
            seen.add(tuple(p))
            out.append(list(p))
    return out


def random_points(rng, n, low=-L, high=L):
    return distinct([[rng.randint(low, high), rng.randint(low, high)] for _ in range(n)])[:300]


def with_line(rng, n, on_line, low=-L, high=L):
    """n points, on_line of them on one line through a random point with a random small direction."""
    while True:
        dx, dy = rng.randint(-30, 30), rng.randint(-30, 30)
        if (dx, dy) != (0, 0):
            break
    g = math.gcd(dx, dy)
    dx, dy = dx // g, dy // g
    x0, y0 = rng.randint(-100, 100), rng.randint(-100, 100)
    span = L // max(abs(dx), abs(dy), 1) - 101
    steps = rng.sample(range(-span, span + 1), on_line)
    pts = [[x0 + k * dx, y0 + k * dy] for k in steps]
    pts += random_points(rng, n - on_line, low, high)
    pts = distinct(pts)[:300]
    rng.shuffle(pts)
    return [pts]


def tests(rng):
    out = [[[[0, 0]]], [[[L, L]]], [[[0, 0], [1, 1]]], [[[-L, -L], [L, L]]], [[[1, 1], [2, 2], [3, 3]]],
           [[[1, 1], [3, 2], [5, 3], [4, 1], [2, 3], [1, 4]]], [[[0, 0], [0, 1], [0, -5], [1, 0]]],
           [[[0, 0], [1, 0], [-7, 0], [1, 1]]], [[[-L, L], [L, -L], [0, 0], [1, -1]]],
           [[[0, 0], [L, L - 1], [L - 1, L - 2]]],        # nearly equal slopes
           [[[0, 0], [9999, 10000], [9998, 9999]]], [[[-L, -L], [L, L - 1], [L - 1, L]]],
           [[[i, i * i % 7] for i in range(10)]]]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append([random_points(rng, n, -5, 5)])
    for _ in range(5):
        n = rng.randint(20, 300)
        out.append(with_line(rng, n, rng.randint(2, n // 2)))
    out.append([random_points(rng, 300)])
    out.append(with_line(rng, 300, 150))
    out.append(with_line(rng, 300, 300))
    out.append([[[x, y] for x in range(-8, 9) for y in range(-8, 9)][:289] + [[L, L]]])
    out.append([[[L - 2 * i, -L + 3 * i] for i in range(300)]])
    out.append([random_points(rng, 300, -20, 20)])
    for (points,) in out:
        assert 1 <= len(points) <= 300 and len({tuple(p) for p in points}) == len(points)
        assert all(-L <= v <= L for p in points for v in p)
    return out

import math
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    xs = [int(v) for v in data[1:1 + 2 * n:2]]
    ys = [int(v) for v in data[2:2 + 2 * n:2]]
    twice = sum(xs[i] * ys[(i + 1) % n] - xs[(i + 1) % n] * ys[i] for i in range(n))
    # Twice the area is an integer: print it exactly, halved.
    twice = abs(twice)
    print(f"{twice // 2}.5" if twice % 2 else f"{twice // 2}")


def star(rng, n, bound):
    """A simple polygon: distinct points sorted by angle around a point inside them."""
    cx, cy = rng.randint(-bound // 4, bound // 4), rng.randint(-bound // 4, bound // 4)
    points = set()
    while len(points) < n:
        angle = rng.random() * 2 * math.pi
        radius = rng.randint(1, bound // 2)
        x, y = cx + int(radius * math.cos(angle)), cy + int(radius * math.sin(angle))
        if (x, y) != (cx, cy):
            points.add((x, y))
    ordered = sorted(points, key=lambda p: (math.atan2(p[1] - cy, p[0] - cx), (p[0] - cx) ** 2 + (p[1] - cy) ** 2))
    # Points on one ray from the centre would make a spike of zero width: keep one per direction.
    kept, seen = [], set()
    for x, y in ordered:
        g = math.gcd(x - cx, y - cy)
        key = ((x - cx) // g, (y - cy) // g)
        if key not in seen:
            seen.add(key)
            kept.append((x, y))
    if rng.random() < 0.5:
        kept.reverse()
    return kept


def text(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def tests(rng):
    out = [text([(0, 0), (1, 0), (0, 1)]), text([(-10000, -10000), (10000, -10000), (10000, 10000), (-10000, 10000)]),
           text([(0, 0), (3, 0), (3, 1), (1, 1), (1, 3), (0, 3)]),  # an L, not convex
           text([(0, 0), (1, 1), (2, 0), (2, 2), (0, 2)])]
    for size, bound in ((3, 10), (5, 20), (10, 100), (50, 1000), (200, 20000), (1000, 20000)):
        for _ in range(4):
            points = star(rng, size, bound)
            while len(points) < 3:
                points = star(rng, size, bound)
            out.append(text(points))
    out.append(text(star(rng, 50000, 20000)))
    return out


if __name__ == "__main__":
    main()

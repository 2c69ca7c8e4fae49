class Solution:
    def divide(self, dividend: int, divisor: int) -> int:
        negative = (dividend < 0) != (divisor < 0)
        a, b = abs(dividend), abs(divisor)
        quotient = 0
        for shift in range(31, -1, -1):
            if (b << shift) <= a:
                a -= b << shift
                quotient |= 1 << shift
        if negative:
            quotient = -quotient
        return max(-2**31, min(2**31 - 1, quotient))


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [[0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1], [7, -3], [-7, 3], [10, 3], [1, 2],
           [-1, 2], [hi, 1], [hi, -1], [lo, 1], [lo, -1], [lo, 2], [lo, -2], [hi, 2], [lo, hi], [hi, lo],
           [lo, lo], [hi, hi], [lo + 1, -1], [1, lo], [-1, lo], [0, lo], [hi, 3], [lo, 3], [lo, -3],
           [lo, 1 << 30], [lo, -(1 << 30)], [-1010369383, lo], [2**31 - 2, 2]]
    for _ in range(10):
        out.append([rng.randint(lo, hi), rng.choice([-1, 1]) * rng.randint(1, 100)])
    for _ in range(10):
        d = 0
        while d == 0:
            d = rng.randint(lo, hi)
        out.append([rng.randint(lo, hi), d])
    return out

class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n < 0:
            x, n = 1 / x, -n
        result = 1.0
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result


def fits(x, n):
    if x == 0:
        return n > 0
    try:
        return abs(x ** n) <= 10**4
    except (OverflowError, ZeroDivisionError):
        return False


def random_case(rng, small):
    """x with up to 5 decimals and n near the largest power that stays within 10^4."""
    while True:
        x = round(rng.uniform(-0.99999, 0.99999) if small else rng.uniform(-99.99999, 99.99999), 5)
        if abs(x) < 0.01 or abs(x) >= 1 and abs(x) < 1.01:
            continue
        limit = math.log(10**4) / math.log(abs(x))      # |x|^n <= 10^4 exactly when n is on limit's side
        n = int(limit) - rng.randint(0, 3) if limit > 0 else int(limit) + rng.randint(0, 3)
        if fits(x, n):
            return [x, n]


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        [2.0, 10], [2.1, 3], [2.0, -2], [1.0, hi], [1.0, lo], [-1.0, lo], [-1.0, hi], [2.0, lo],
        [-2.0, lo], [0.5, hi], [0.5, -13], [0.0, 1], [0.0, hi], [5.0, 0], [-99.99999, 0],
        [-99.99999, 2], [99.99999, -1], [0.00001, hi], [0.00001, 1], [-0.5, -1],
        [1.00001, 900000], [0.99999, -900000], [1.0000001, 90000000], [-1.0000001, 91000001],
        [-2.0, 13], [-3.0, -5], [10.0, 4], [10.0, -9], [34.00515, -3], [-8.84372, -5],
    ]
    for _ in range(6):
        out.append(random_case(rng, False))
    for _ in range(6):
        out.append(random_case(rng, True))
    for case in out:
        assert fits(*case), case
    return out

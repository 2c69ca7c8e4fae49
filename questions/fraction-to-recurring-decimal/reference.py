class Solution:
    def fractionToDecimal(self, numerator: int, denominator: int) -> str:
        if numerator == 0:
            return "0"
        sign = "-" if (numerator < 0) != (denominator < 0) else ""
        n, d = abs(numerator), abs(denominator)
        whole, rest = divmod(n, d)
        if rest == 0:
            return sign + str(whole)
        digits, seen = [], {}
        while rest and rest not in seen:
            seen[rest] = len(digits)
            rest *= 10
            digits.append(str(rest // d))
            rest %= d
        if rest:
            start = seen[rest]
            return sign + str(whole) + "." + "".join(digits[:start]) + "(" + "".join(digits[start:]) + ")"
        return sign + str(whole) + "." + "".join(digits)


def short_enough(numerator, denominator):
    """Whether the answer has fewer than 10^4 characters, without computing a long expansion."""
    rest, seen = abs(numerator) % abs(denominator), set()
    for _ in range(9000):
        if rest == 0 or rest in seen:
            return True
        seen.add(rest)
        rest = rest * 10 % abs(denominator)
    return False


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        [0, 1], [0, -5], [0, hi], [0, lo], [1, 2], [2, 1], [4, 333], [1, 3], [-1, 3], [1, -3],
        [-1, -3], [1, 6], [1, 7], [22, 7], [-50, 8], [1, 90], [1, 99], [lo, 1], [lo, -1],
        [hi, 1], [hi, -1], [lo, lo], [hi, hi], [hi, lo], [-1, lo], [1, lo], [lo, 2], [lo, 3],
        [1, 2**30], [lo, 5**13], [-7, 2**31 - 2**23], [7, -12], [1, 1024], [1, 5**13], [1, 9973], [1, 7919], [123456789, 9999],
    ]
    assert all(short_enough(*pair) for pair in out)
    while len(out) < 55:
        numerator = rng.choice([rng.randint(lo, hi), rng.randint(-1000, 1000)])
        denominator = rng.choice([rng.randint(lo, hi), rng.randint(-1000, 1000), rng.randint(-3000, 3000)])
        if denominator != 0 and short_enough(numerator, denominator):
            out.append([numerator, denominator])
    return out

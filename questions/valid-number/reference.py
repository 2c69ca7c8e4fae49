class Solution:
    def isNumber(self, s: str) -> bool:
        digits = dot = exponent = False
        for i, c in enumerate(s):
            if c.isdigit():
                digits = True
            elif c in "+-":
                if i > 0 and s[i - 1] not in "eE":
                    return False
            elif c == ".":
                if dot or exponent:
                    return False
                dot = True
            elif c in "eE":
                if exponent or not digits:
                    return False
                exponent = True
                digits = False
            else:
                return False
        return digits


NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def grammar(rng):
    """A string built from the notation's parts, often valid, sometimes slightly off."""
    part = lambda: "".join(rng.choice("0123456789") for _ in range(rng.choice([0, 1, 1, 2, 3, 5])))
    s = rng.choice(["", "", "+", "-"])
    shape = rng.randrange(4)
    if shape == 0:
        s += part() + part()
    elif shape == 1:
        s += part() + "."
    elif shape == 2:
        s += part() + "." + part()
    else:
        s += "." + part()
    if rng.random() < 0.5:
        s += rng.choice("eE") + rng.choice(["", "", "+", "-"]) + part()
    if rng.random() < 0.25 and s:
        i = rng.randrange(len(s) + 1)
        s = s[:i] + rng.choice("+-.eE0a") + s[i:]
    return s[:20]


def tests(rng):
    fixed = ["0", "9", "2", "0089", "-0.1", "+3.14", "4.", "-.9", "2e10", "-90E3", "3e+7", "+6e-1",
             "53.5e93", "-123.456e789", "abc", "1a", "1e", "e3", "99e2.5", "--6", "-+3", "95a54e53",
             ".", "e", ".e1", "+.", "0e", "1E9", "inf", "nan", "Infinity", "+", "-", "1.2.3", "1e2e3",
             ".5", "5.", "+.5e-0", "46.e3", "0.e", ".0e7", "1e+", "1e-", "+-1", "1+1", "12e", "E5",
             "1E-00000000000000007", "-00000000000000000000", "99999999999999999999", "6+1", "1.e1",
             "0x1F", "e.", "..1", "1..", "-e10", "+E3", "3.e-4", "8E+", "4e5.", "D1", "1f"]
    out = [[s] for s in fixed if 1 <= len(s) <= 20]
    seen = set(fixed)
    while len(out) < 160:
        s = grammar(rng)
        if 1 <= len(s) <= 20 and s not in seen:
            seen.add(s)
            out.append([s])
    letters = "0123456789+-.eEax"
    for _ in range(40):
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 20)))
        out.append([s])
    for (s,) in out:
        assert all(c.isalnum() or c in "+-." for c in s), s
        assert Solution().isNumber(s) == bool(NUMBER.fullmatch(s)), s
    return out

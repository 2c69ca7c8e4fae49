class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        @functools.lru_cache(maxsize=None)
        def match(i: int, j: int) -> bool:
            if j == len(p):
                return i == len(s)
            first = i < len(s) and p[j] in (s[i], ".")
            if j + 1 < len(p) and p[j + 1] == "*":
                return match(i, j + 2) or (first and match(i + 1, j))
            return first and match(i + 1, j + 1)

        return match(0, 0)


def pattern(rng, length, letters):
    out = ""
    while len(out) < length:
        atom = rng.choice(letters + ".")
        if len(out) + 2 <= length and rng.random() < 0.4:
            out += atom + "*"
        else:
            out += atom
    return out


def tests(rng):
    out = [["aa", "a"], ["aa", "a*"], ["ab", ".*"], ["aab", "c*a*b"], ["mississippi", "mis*is*p*."],
           ["mississippi", "mis*is*ip*."], ["a", "ab*"], ["ab", ".*c"], ["aaa", "a*a"], ["aaa", "ab*a*c*a"],
           ["a", ".*..a*"], ["aaaaaaaaaaaaaaaaaaab", "a*a*a*a*a*a*a*a*a*c"], ["bbbba", ".*a*a"], ["abcd", "d*"]]
    for _ in range(20):
        s = "".join(rng.choice("ab") for _ in range(rng.randint(1, 20)))
        out.append([s, pattern(rng, rng.randint(1, 20), "ab")])
    # Patterns built to match.
    for _ in range(6):
        s = "".join(rng.choice("abc") for _ in range(rng.randint(1, 20)))
        p = "".join(c if rng.random() < 0.7 else "." for c in s)
        out.append([s, p[:20]])
    return out

class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        i = j = 0
        star, mark = -1, 0
        while i < len(s):
            if j < len(p) and (p[j] == "?" or p[j] == s[i]):
                i += 1
                j += 1
            elif j < len(p) and p[j] == "*":
                star, mark = j, i
                j += 1
            elif star != -1:
                mark += 1
                i, j = mark, star + 1
            else:
                return False
        while j < len(p) and p[j] == "*":
            j += 1
        return j == len(p)


def word(rng, n, letters="ab"):
    return "".join(rng.choice(letters) for _ in range(n))


def pattern_of(rng, s):
    """A pattern made from s, so that it often matches: runs replaced by '*', letters by '?'."""
    out, i = [], 0
    while i < len(s):
        r = rng.random()
        if r < 0.15:
            k = rng.randint(0, 4)
            out.append("*")
            i += k
        elif r < 0.3:
            out.append("?")
            i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def tests(rng):
    out = [
        ["", ""], ["", "*"], ["", "?"], ["", "a"], ["a", ""], ["a", "*"], ["a", "?"], ["a", "b"],
        ["aa", "a"], ["aa", "*"], ["cb", "?a"], ["adceb", "*a*b"], ["acdcb", "a*c?b"],
        ["abc", "abc*"], ["abc", "*abc"], ["abc", "**a**b**c**"], ["mississippi", "m??*ss*?i*pi"],
        ["aab", "c*a*b"], ["abcabczzzde", "*abc???de*"],
    ]
    for _ in range(8):
        s = word(rng, rng.randint(0, 30), "abc")
        p = pattern_of(rng, s) if rng.random() < 0.6 else pattern_of(rng, word(rng, len(s), "abc"))
        out.append([s, p])
    for _ in range(3):
        s = word(rng, 2000, "ab")
        out.append([s, pattern_of(rng, s)[:2000]])
    # plain recursion without memo cannot finish these
    out.append(["a" * 2000, "*a" * 999 + "*b"])
    out.append(["a" * 2000, "a*" * 1000])
    out.append(["a" * 1999 + "b", "*a" * 999 + "*b"])
    out.append(["ab" * 1000, "*" + "ab*" * 666 + "c"])
    out.append(["a" * 2000, "*" + "a" * 999 + "b"])
    out.append(["a" * 2000, "*" * 2000])
    out.append(["b" * 2000, "?" * 2000])
    out.append(["b" * 2000, "?" * 1999])
    return out

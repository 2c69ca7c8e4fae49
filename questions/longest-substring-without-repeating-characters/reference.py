class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        start = best = 0
        for i, c in enumerate(s):
            if last.get(c, -1) >= start:
                start = last[c] + 1
            last[c] = i
            best = max(best, i - start + 1)
        return best


PRINTABLE = [chr(c) for c in range(32, 127)]


def tests(rng):
    out = [[""], [" "], ["a"], ["ab"], ["abba"], ["dvdf"], ["tmmzuxt"], ["pwwkew"], ["aab"], ["!@# !@#"]]
    for n in (10, 100, 1000):
        out.append(["".join(rng.choice("abc") for _ in range(n))])
        out.append(["".join(rng.choice(PRINTABLE) for _ in range(n))])
    for _ in range(10):
        out.append(["".join(rng.choice(PRINTABLE) for _ in range(rng.randint(0, 300)))])
    out.append(["".join(rng.choice(PRINTABLE) for _ in range(5 * 10**4))])
    out.append(["".join(PRINTABLE) * (5 * 10**4 // len(PRINTABLE))])
    out.append(["a" * (5 * 10**4)])
    out.append(["".join(rng.choice("ab") for _ in range(5 * 10**4))])
    return out

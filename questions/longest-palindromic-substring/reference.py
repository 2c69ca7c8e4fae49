class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = (0, 1)
        for center in range(2 * len(s) - 1):
            lo, hi = center // 2, center // 2 + center % 2
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > best[1] - best[0]:
                best = (lo + 1, hi)
        return s[best[0]:best[1]]


def unique_longest(s):
    """True when exactly one substring position holds a longest palindrome."""
    n = len(s)
    lengths = []
    for center in range(2 * n - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        lengths.append(hi - lo - 1)
    top = max(lengths)
    return lengths.count(top) == 1


def make(rng, n, alphabet):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if unique_longest(s):
            return [s]


def tests(rng):
    out = [["a"], ["aa"], ["abcba"], ["abccba"], ["zzzzz"], ["abacdfg"], ["x" + "ab" * 10 + "a"]]
    for n in (5, 10, 20, 50, 100):
        out.append(make(rng, n, "ab"))
        out.append(make(rng, n, "abcdefghij0123456789"))
    for _ in range(8):
        out.append(make(rng, rng.randint(2, 400), "abcXYZ"))
    half = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(400))
    out.append(["Z" + half + half[::-1] + "Y" + "".join(rng.choice("0123456789") for _ in range(198))])
    out.append(make(rng, 1000, "ab"))
    out.append(make(rng, 1000, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    out.append(["a" * 999 + "b"])
    assert all(unique_longest(args[0]) for args in out), "a test has two longest palindromes"
    return out

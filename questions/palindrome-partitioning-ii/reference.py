class Solution:
    def minCut(self, s: str) -> int:
        n = len(s)
        if s == s[::-1]:
            return 0
        # cuts[i]: the fewest cuts for the prefix s[:i]; cuts[0] = -1 so a whole palindrome costs 0
        cuts = list(range(-1, n))
        for middle in range(n):
            for left, right in ((middle, middle), (middle, middle + 1)):
                while left >= 0 and right < n and s[left] == s[right]:
                    if cuts[left] + 1 < cuts[right + 1]:
                        cuts[right + 1] = cuts[left] + 1
                    left -= 1
                    right += 1
        return cuts[n]


def tests(rng):
    out = [["a"], ["ab"], ["aa"], ["aab"], ["aba"], ["abcba"], ["abccbx"], ["cabababcbc"], ["eegiicgaeadbcfacfhifdbiehbgejcaeggcgbahfcajfhjjdgj"],
           ["abcdefghijklmnopqrstuvwxyz"], ["ababbbabbababa"], ["zzzzzzzzzzzzzzzzzzzzy"]]
    for _ in range(12):
        n = rng.randint(1, 60)
        alphabet = rng.choice(("ab", "abc", "abcdefghij"))
        out.append(["".join(rng.choice(alphabet) for _ in range(n))])
    out.append(["a" * 2000])
    out.append(["a" * 1999 + "b"])
    out.append(["b" + "a" * 1998 + "c"])
    out.append(["ab" * 1000])
    out.append(["".join(rng.choice("ab") for _ in range(2000))])
    out.append(["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2000))])
    half = "".join(rng.choice("abc") for _ in range(999))
    out.append([half + "x" + half[::-1] + "y"])
    out.append(["a" * 1000 + "b" + "a" * 999])
    out.append(["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2000 - 1))[:1000] + "a" * 1000])
    return out

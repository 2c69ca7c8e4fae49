class Solution:
    def strStr(self, haystack: str, needle: str) -> int:
        # Knuth-Morris-Pratt: the longest border of each prefix of needle.
        border = [0] * len(needle)
        j = 0
        for i in range(1, len(needle)):
            while j and needle[i] != needle[j]:
                j = border[j - 1]
            if needle[i] == needle[j]:
                j += 1
            border[i] = j
        j = 0
        for i, c in enumerate(haystack):
            while j and c != needle[j]:
                j = border[j - 1]
            if c == needle[j]:
                j += 1
                if j == len(needle):
                    return i - j + 1
        return -1


def word(rng, n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def tests(rng):
    out = [["a", "a"], ["a", "b"], ["a", "aa"], ["aa", "a"], ["abc", "c"], ["abc", "abcd"], ["aaa", "aaaa"],
           ["mississippi", "issip"], ["mississippi", "issipi"], ["aabaaabaaac", "aabaaac"],
           ["abababc", "ababc"], ["leetcode", "leeto"], ["xyz", "z"], ["zzzzzy", "zy"]]
    for _ in range(8):
        h = word(rng, rng.randint(1, 60), "ab")
        out.append([h, word(rng, rng.randint(1, 5), "ab")])
    for _ in range(4):
        h = word(rng, rng.randint(20, 500))
        i = rng.randrange(len(h))
        out.append([h, h[i:i + rng.randint(1, 20)]])
    n = 10**4
    out.append(["a" * n, "a" * (n - 1) + "b"])
    out.append(["a" * (n - 1) + "b", "a" * 5000 + "b"])
    out.append(["a" * n, "a" * n])
    out.append([word(rng, n), "z" * n])
    h = word(rng, n, "ab")
    out.append([h, h[-300:]])
    out.append([h, h[7000:9000]])
    out.append(["ab" * 5000, "ab" * 2000 + "b"])
    out.append([word(rng, 100), word(rng, n)])
    return out

class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        m, n = len(s1), len(s2)
        if m + n != len(s3):
            return False
        # can[j]: s1[:i] and s2[:j] interleave into s3[:i + j], for the current i
        can = [True] * (n + 1)
        for j in range(1, n + 1):
            can[j] = can[j - 1] and s2[j - 1] == s3[j - 1]
        for i in range(1, m + 1):
            can[0] = can[0] and s1[i - 1] == s3[i - 1]
            for j in range(1, n + 1):
                can[j] = (can[j] and s1[i - 1] == s3[i + j - 1]) or (can[j - 1] and s2[j - 1] == s3[i + j - 1])
        return can[n]


def interleave(rng, a, b):
    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and rng.random() < 0.5):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return "".join(out)


def word(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def tests(rng):
    out = [["", "", ""], ["", "", "a"], ["a", "", "a"], ["", "b", "b"], ["a", "", "b"], ["a", "b", "ab"],
           ["a", "b", "ba"], ["a", "b", "aa"], ["aabcc", "dbbca", "aadbbcbcac"], ["aabcc", "dbbca", "aadbbbaccc"],
           ["abc", "def", "abcde"], ["ab", "cd", "abcde"], ["aa", "ab", "aaba"], ["aa", "ab", "abaa"]]
    for _ in range(8):                       # real interleavings: true
        a, b = word(rng, rng.randint(0, 30), "ab"), word(rng, rng.randint(0, 30), "ab")
        out.append([a, b, interleave(rng, a, b)])
    for _ in range(6):                       # one character of a real interleaving swapped or changed: mostly false
        a, b = word(rng, rng.randint(1, 30), "abc"), word(rng, rng.randint(1, 30), "abc")
        s = list(interleave(rng, a, b))
        i = rng.randrange(len(s))
        s[i] = rng.choice("abc")
        out.append([a, b, "".join(s)])
    a, b = word(rng, 100, "ab"), word(rng, 100, "ab")
    out.append([a, b, interleave(rng, a, b)])
    a, b = word(rng, 100, "abcdefghijklmnopqrstuvwxyz"), word(rng, 100, "abcdefghijklmnopqrstuvwxyz")
    out.append([a, b, interleave(rng, a, b)])
    # One letter everywhere and a wrong last character: the answer is false, and a search that
    # does not remember the (i, j) pairs it has tried has about C(200, 100) ways to try.
    out.append(["a" * 100, "a" * 100, "a" * 199 + "b"])
    out.append(["a" * 99 + "b", "a" * 100, "a" * 100 + "b" + "a" * 99])
    out.append(["a" * 100, "a" * 99 + "c", "a" * 198 + "bc"])
    out.append(["ab" * 50, "ba" * 50, "ab" * 49 + "ba" * 50 + "ba"])
    out.append(["a" * 100, "a" * 100, "a" * 200])
    out.append(["a" * 100, "", "a" * 100])
    out.append(["", "z" * 100, "z" * 100])
    return out

class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        where = collections.defaultdict(list)
        for j in range(len(t) - 1, -1, -1):
            where[t[j]].append(j)
        ways = [1] + [0] * len(t)      # ways[j]: ways to spell t[:j] with the part of s read so far
        for c in s:
            for j in where.get(c, ()):
                ways[j + 1] += ways[j]
        return ways[len(t)]


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LIMIT = 2**31 - 1


def count(s, t):
    return Solution().numDistinct(s, t)


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def fitting(rng, make):
    """Draws (s, t) from make() until the answer fits in a signed 32-bit integer."""
    while True:
        s, t = make()
        if count(s, t) <= LIMIT:
            return [s, t]


def insert(rng, t, extra, alphabet):
    s = list(t)
    for _ in range(extra):
        s.insert(rng.randint(0, len(s)), rng.choice(alphabet))
    return "".join(s)


def tests(rng):
    out = [
        ["a", "a"],
        ["a", "b"],
        ["a", "A"],
        ["ab", "abc"],
        ["aaa", "a"],
        ["aaa", "aa"],
        ["aaa", "aaa"],
        ["rabbbit", "rabbit"],
        ["babgbag", "bag"],
        ["Zz", "z"],
        ["ABCDEFGHIJKLMNOPQRSTUVWXYZ", "AZ"],
        ["a" * 1000, "a"],
        ["a" * 1000, "a" * 1000],
        ["a" * 999, "a" * 1000],
        ["a" * 1000, "a" * 999],
        ["a" * 1000, "aa"],
        ["a" * 1000, "aaa"],                                  # C(1000, 3) = 166,167,000
        ["ab" * 500, "ab"],
        ["a" * 1000, "a" * 500 + "b"],                        # 0, though C(1000, 500) has 300 digits
        ["a" * 999 + "b", "a" * 998 + "b"],
        ["a" * 999 + "b", "a" * 997 + "b"],                   # C(999, 997) = 498,501
        ["b" + "a" * 999, "b" + "a" * 996],
    ]
    for _ in range(6):
        out.append(fitting(rng, lambda: (word(rng, rng.randint(1, 30), "ab"), word(rng, rng.randint(1, 6), "ab"))))
    for _ in range(6):
        out.append(fitting(rng, lambda: (word(rng, rng.randint(20, 200), "abc"), word(rng, rng.randint(2, 8), "abc"))))
    out.append(fitting(rng, lambda: (word(rng, 1000, LETTERS), word(rng, 3, LETTERS))))
    out.append(fitting(rng, lambda: (word(rng, 1000, "abcdefghij"), word(rng, 4, "abcdefghij"))))
    long_t = word(rng, 980, "ab")
    out.append(fitting(rng, lambda: (insert(rng, long_t, 20, "ab"), long_t)))
    long_t = word(rng, 960, LETTERS)
    out.append(fitting(rng, lambda: (insert(rng, long_t, 40, LETTERS), long_t)))
    out.append(fitting(rng, lambda: (word(rng, 1000, "xy"), "x" * 2 + "y")))
    return out

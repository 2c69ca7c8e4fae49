class Solution:
    def isScramble(self, s1: str, s2: str) -> bool:
        @functools.lru_cache(maxsize=None)
        def scrambles(i, j, n):
            # whether s1[i:i+n] scrambles into s2[j:j+n]
            if s1[i:i + n] == s2[j:j + n]:
                return True
            if sorted(s1[i:i + n]) != sorted(s2[j:j + n]):
                return False
            for k in range(1, n):
                if scrambles(i, j, k) and scrambles(i + k, j + k, n - k):
                    return True
                if scrambles(i, j + n - k, k) and scrambles(i + k, j, n - k):
                    return True
            return False

        return scrambles(0, 0, len(s1))


def scramble(rng, t):
    if len(t) == 1:
        return t
    i = rng.randint(1, len(t) - 1)
    x, y = scramble(rng, t[:i]), scramble(rng, t[i:])
    return y + x if rng.random() < 0.5 else x + y


def word(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def tests(rng):
    out = [["a", "a"], ["a", "b"], ["ab", "ba"], ["ab", "ab"], ["ab", "aa"], ["great", "rgeat"],
           ["abcde", "caebd"], ["abcd", "cadb"], ["abc", "bca"], ["abc", "acb"], ["aa", "aa"],
           ["abb", "bba"], ["abcdbdacbdac", "bdacabcdbdac"], ["z" * 30, "z" * 30]]
    for _ in range(6):                       # scrambled for real: true
        t = word(rng, rng.randint(2, 30), "abcde")
        out.append([t, scramble(rng, t)])
    for _ in range(4):                       # the same letters, shuffled: mostly false
        t = word(rng, rng.randint(4, 30), "abcd")
        u = list(t)
        rng.shuffle(u)
        out.append([t, "".join(u)])
    found = 0
    while found < 4:                         # shuffled and not a scramble: false
        t = word(rng, rng.randint(5, 30), "abcdef")
        u = list(t)
        rng.shuffle(u)
        u = "".join(u)
        if not Solution().isScramble(t, u):
            out.append([t, u])
            found += 1
    t = word(rng, 30, "abcdefghijklmnopqrstuvwxyz")
    out.append([t, scramble(rng, t)])
    t = word(rng, 30, "ab")
    out.append([t, scramble(rng, t)])
    # Long runs of one letter around four letters that cannot be scrambled into each other: every
    # cut inside the runs passes the letter count, so a search that does not remember what it has
    # tried repeats itself too often to finish.
    for before, after in ((0, 0), (0, 13), (13, 13), (1, 25), (26, 0), (9, 17)):
        out.append(["a" * before + "bcde" + "a" * (26 - before), "a" * after + "cebd" + "a" * (26 - after)])
    out.append(["a" * 13 + "bcde" + "a" * 13, "a" * 13 + "cbed" + "a" * 13])      # true
    return out

class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = collections.Counter(t)
        missing = len(t)
        best_start, best_length = 0, math.inf
        left = 0
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_length:
                    best_start, best_length = left, right - left + 1
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best_length == math.inf else s[best_start:best_start + best_length]


def shortest_windows(s, t):
    """How many positions the shortest window has (0 when there is none)."""
    need = collections.Counter(t)
    missing, left, lengths = len(t), 0, []
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            lengths.append(right - left + 1)
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    if not lengths:
        return 0
    return lengths.count(min(lengths))


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def text(rng, n, letters=LETTERS):
    return "".join(rng.choice(letters) for _ in range(n))


def tests(rng):
    out = [["a", "a"], ["a", "b"], ["a", "aa"], ["aa", "aa"], ["ab", "b"], ["ab", "a"], ["bba", "ab"],
           ["ADOBECODEBANC", "ABC"], ["aA", "A"], ["Aa", "aA"], ["abc", "cba"], ["cabwefgewcwaefgcf", "cae"],
           ["a" * 99999 + "b", "b"], ["ab" * 50000, "b" * 50000], ["z", "Z"], ["ab" * 5000, "b" * 5001],
           ["xyz" + "a" * 9997, "zx"], ["a" * 99999 + "B", "aB"], ["a" * 20000, "a" * 20000],
           ["q" * 29999 + "r", "r" * 30000]]
    while len(out) < 34:
        letters = LETTERS[:rng.randint(2, 8)]
        s = text(rng, rng.randint(1, 40), letters)
        t = text(rng, rng.randint(1, 6), letters)
        if shortest_windows(s, t) <= 1:
            out.append([s, t])
    # large: a unique short window planted in a long string that lacks one of its letters
    for n, k in ((100000, 5), (50000, 40), (60000, 300)):
        body = text(rng, n, LETTERS[:-1])
        t = text(rng, k, LETTERS[:20]) + "Z"
        window = "".join(rng.sample(t, len(t)))
        at = rng.randint(0, n - len(window))
        s = body[:at] + window + body[at + len(window):]
        if shortest_windows(s, t) == 1:
            out.append([s, t])
    # large: one E in a long string over a few letters; the window around it is unique
    tries = 0
    while tries < 3:
        s = list(text(rng, 50000, "abcd"))
        s[rng.randrange(50000)] = "E"
        s = "".join(s)
        t = "E" + text(rng, rng.choice([2, 6, 12]), "abcd")
        if shortest_windows(s, t) == 1:
            out.append([s, t])
            tries += 1
    s = text(rng, 100000, LETTERS)
    out.append([s, text(rng, 2000, LETTERS)])
    for s, t in out:
        assert shortest_windows(s, t) <= 1, (s[:20], t[:20])
    return out

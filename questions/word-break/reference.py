class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        n = len(s)
        reachable = [False] * (n + 1)
        reachable[0] = True
        for end in range(1, n + 1):
            for size in lengths:
                if size > end:
                    break
                if reachable[end - size] and s[end - size:end] in words:
                    reachable[end] = True
                    break
        return reachable[n]


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word(rng, alphabet, low, high):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def built(rng, pieces, alphabet, max_len, extra, breakable, long=False):
    """A string glued from dictionary words; for breakable=False one letter is changed to one the
    dictionary never uses, so no cut can exist."""
    words = set()
    while len(words) < pieces:
        words.add(word(rng, alphabet, 1, max_len))
    words = sorted(words)           # a fixed order: sets of strings iterate differently per run
    s = ""
    while True:
        w = rng.choice(words)
        if len(s) + len(w) > 300:
            break
        s += w
        if len(s) > 300 * rng.random() and not long:
            break
    while len(words) < pieces + extra:
        w = word(rng, alphabet, 1, max_len)
        if w not in words:
            words.append(w)
    if not breakable:
        i = rng.randrange(len(s))
        s = s[:i] + "z" + s[i + 1:]
    rng.shuffle(words)
    return [s, words]


def tests(rng):
    out = [["a", ["a"]], ["a", ["b"]], ["aaaaaaa", ["aaaa", "aaa"]], ["aaaaaaa", ["aaaa", "aa"]],
           ["bb", ["a", "b", "bbb", "bbbb"]], ["cars", ["car", "ca", "rs"]], ["abcd", ["a", "abc", "b", "cd"]],
           ["goalspecial", ["go", "goal", "goals", "special"]], ["ab", ["a", "b"] + [c * 20 for c in "cdefg"]],
           ["x" * 300, ["x" * 20]], ["x" * 300, ["x" * 19, "x" * 20]], ["x" * 299 + "y", ["x" * 20, "y"]],
           ["y" + "x" * 299, ["x" * 20, "y"]]]
    # the classic trap for a search without memory: many ways to cut the a's, and a 'b' at the end
    out.append(["a" * 299 + "b", ["a" * k for k in range(1, 21)]])
    out.append(["a" * 300, ["a" * k for k in range(2, 21, 2)]])
    out.append(["a" * 150 + "b" + "a" * 149, ["a" * k for k in range(1, 11)] + ["b" * 2]])
    out.append(["ab" * 150, ["a", "b", "ab", "ba", "aba", "bab", "abab", "baba"]])
    for i in range(9):
        out.append(built(rng, rng.randint(1, 10), rng.choice(("ab", "abc", LETTERS[:25])), rng.randint(5, 6),
                         rng.randint(0, 20), i % 3 != 0))
    out.append(built(rng, 500, LETTERS[:25], 20, 500, True))
    out.append(built(rng, 1000, LETTERS[:25], 20, 0, False))
    out.append(built(rng, 30, "ab", 10, 970, True))
    out.append(built(rng, 30, "ab", 10, 970, False))
    out.append(built(rng, 200, LETTERS[:25], 12, 300, True, long=True))
    out.append(built(rng, 20, "abc", 5, 100, False, long=True))
    out.append(built(rng, 50, "ab", 6, 0, True, long=True))
    for s, words in out:
        assert 1 <= len(s) <= 300 and 1 <= len(words) <= 1000 and len(set(words)) == len(words)
        assert all(1 <= len(w) <= 20 for w in words)
    return out

class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> List[str]:
        words = set(wordDict)
        n = len(s)

        @functools.lru_cache(maxsize=None)
        def sentences(start):
            if start == n:
                return [[]]
            out = []
            for end in range(start + 1, min(n, start + 10) + 1):
                piece = s[start:end]
                if piece in words:
                    for rest in sentences(end):
                        out.append([piece] + rest)
            return out

        return [" ".join(words_) for words_ in sentences(0)]


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word(rng, alphabet, low, high):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def built(rng, pieces, alphabet, max_len, extra, breakable):
    capacity = sum(len(alphabet) ** k for k in range(1, max_len + 1))
    pieces = min(pieces, capacity)
    extra = min(extra, capacity - pieces)
    words = set()
    while len(words) < pieces:
        words.add(word(rng, alphabet, 1, max_len))
    words = sorted(words)           # a fixed order: sets of strings iterate differently per run
    s = ""
    for _ in range(40):
        w = rng.choice(words)
        if len(s) + len(w) > 20:
            continue
        s += w
        if len(s) >= 12 and rng.random() < 0.4:
            break
    if not s:
        s = words[0]
    while len(words) < pieces + extra:
        w = word(rng, alphabet, 1, max_len)
        if w not in words:
            words.append(w)
    if not breakable:
        i = rng.randrange(len(s))
        s = s[:i] + "z" + s[i + 1:]
    rng.shuffle(words)
    if answer_size(s, words) > 10**5:          # LeetCode's bound on the answer: try again
        return built(rng, pieces, alphabet, max_len, extra, breakable)
    return [s, words]


def answer_size(s, words):
    return sum(len(x) for x in Solution().wordBreak(s, words))


def tests(rng):
    out = [["a", ["a"]], ["a", ["b"]], ["aaaaaaa", ["aaaa", "aaa"]], ["aaaaaaa", ["aaaa", "aa"]],
           ["catsanddog", ["cats", "dog", "sand", "and", "cat"]], ["pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]],
           ["abcd", ["a", "abc", "b", "cd"]], ["abcdefghijklmnopqrst", ["abcdefghij", "klmnopqrst"]],
           ["abcdefghijklmnopqrst", [c for c in "abcdefghijklmnopqrst"]], ["aaaaaaaaaaaaaaaaaaab", ["a", "aa", "aaa", "aaaa"]],
           ["ab", ["a", "b", "ab"]], ["zzzzzzzzzzzzzzzzzzzz", ["zzzzzzzzzz"]]]
    # many cuts: 2^(n-1) sentences of a's, as large as the 10^5 characters allow
    out.append(["a" * 13, ["a", "aa", "aaa", "aaaa", "aaaaa", "aaaaaa", "aaaaaaa", "aaaaaaaa", "aaaaaaaaa", "aaaaaaaaaa"]])
    out.append(["a" * 20, ["a" * 10, "a" * 5, "a" * 4, "aaaaaaaaaaa"[:6]]])
    out.append(["ab" * 10, ["a", "b", "ab"]])
    # no cut exists, but a search without memory explores a huge number of partial cuts
    out.append(["a" * 19 + "b", ["a" * k for k in range(1, 11)]])
    for i in range(12):
        out.append(built(rng, rng.randint(1, 12), rng.choice(("ab", "abc", LETTERS[:25])), rng.randint(4, 6),
                         rng.randint(0, 30), i % 4 != 0))
    out.append(built(rng, 500, LETTERS[:25], 10, 500, True))
    out.append(built(rng, 1000, LETTERS[:25], 10, 0, False))
    out.append(built(rng, 40, "ab", 10, 960, True))
    out.append(built(rng, 60, "abc", 6, 900, True))
    for s, words in out:
        assert 1 <= len(s) <= 20 and 1 <= len(words) <= 1000 and len(set(words)) == len(words)
        assert all(1 <= len(w) <= 10 for w in words)
        assert answer_size(s, words) <= 10**5, (s, answer_size(s, words))
    return out

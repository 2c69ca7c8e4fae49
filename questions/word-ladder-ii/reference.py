class Solution:
    def findLadders(self, beginWord: str, endWord: str, wordList: List[str]) -> List[List[str]]:
        words = set(wordList)
        if endWord not in words:
            return []
        parents = collections.defaultdict(list)
        level = [beginWord]
        words.discard(beginWord)
        found = False
        while level and not found:
            words.difference_update(level)
            following = {}
            for word in level:
                for i in range(len(word)):
                    for c in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + c + word[i + 1:]
                        if candidate in words:
                            if candidate == endWord:
                                found = True
                            following[candidate] = True
                            parents[candidate].append(word)
            level = list(following)
        if not found:
            return []
        out = []
        path = [endWord]

        def back(word):
            if word == beginWord:
                out.append(path[::-1])
                return
            for parent in parents[word]:
                path.append(parent)
                back(parent)
                path.pop()

        back(endWord)
        return out


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ladder_words(args):
    return sum(len(p) for p in Solution().findLadders(*args))


def random_case(rng, n, size, alphabet, begin_in=False, end_in=True):
    """size distinct words of length n (at most 500 in all); endWord from them or (end_in False) not."""
    begin = word(rng, n, alphabet)
    end = word(rng, n, alphabet)
    while end == begin:
        end = word(rng, n, alphabet)
    pool = {begin} if begin_in else set()
    if end_in:
        pool.add(end)
    while len(pool) < size:
        w = word(rng, n, alphabet)
        if w != begin and w != end:
            pool.add(w)
    pool = sorted(pool)
    rng.shuffle(pool)
    return [begin, end, pool]


def fitting(rng, make):
    while True:
        case = make()
        if ladder_words(case) <= 10**5:
            return case


def tests(rng):
    cube = ["".join(bits) for bits in itertools.product("ab", repeat=5)]
    three = ["".join(bits) for bits in itertools.product("abc", repeat=5)]
    out = [
        ["a", "c", ["a", "b", "c"]],
        ["a", "b", ["b"]],
        ["a", "b", ["c"]],
        ["hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]],
        ["hit", "cog", ["hot", "dot", "dog", "lot", "log"]],
        ["hot", "dog", ["hot", "dog"]],
        ["hot", "dog", ["hot", "dog", "dot"]],
        ["red", "tax", ["ted", "tex", "red", "tax", "tad", "den", "rex", "pee"]],
        ["aaaaa", "bbbbb", cube],                                    # 5! = 120 ladders of 6 words
        ["aaaaa", "bbbbb", [w for w in cube if w != "aaaaa"]],
        ["aaaaa", "ccccc", three],                                   # 120 ladders through 243 words
        ["abcde", "abcdz", ["abcdz"]],
        ["zzzzz", "aaaaa", ["aaaaa"]],
        ["qa", "sq", ["si", "go", "ag", "ma", "ca", "lo", "am", "sq", "pa", "ab", "sa", "qq"]],
        ["aaaaa", "ccccc", [w for w in three if w.count("b") <= 1 and w != "ccccc"]],   # no ladder in a dense graph
    ]
    chain = ["a" * 5]
    for i in range(5):                                             # a single ladder of 26 words
        for c in "bcdef":
            last = chain[-1]
            chain.append(last[:i] + c + last[i + 1:])
    out.append([chain[0], chain[-1], chain[1:]])
    for k in range(10):
        n = rng.randint(1, 4)
        out.append(fitting(rng, lambda: random_case(rng, n, rng.randint(1, min(40, 3 ** n - 2)), "abc", rng.random() < 0.3, k % 5 != 0)))
    for k in range(6):
        out.append(fitting(rng, lambda: random_case(rng, 5, 500, "abcde", rng.random() < 0.5, True)))
    out.append(fitting(rng, lambda: random_case(rng, 5, 500, "abcd")))
    out.append(fitting(rng, lambda: random_case(rng, 4, 500, "abcdefg")))
    out.append(fitting(rng, lambda: random_case(rng, 3, 500, "abcdefghij")))
    out.append(fitting(rng, lambda: random_case(rng, 5, 500, "abcdefghijklmnopqrstuvwxyz")))
    out.append(fitting(rng, lambda: random_case(rng, 2, 500, "abcdefghijklmnopqrstuvwxyz")))
    grid = ["".join(bits) for bits in itertools.product("abcd", repeat=5)]
    rng.shuffle(grid)
    keep = sorted(set(grid[:498]) | {"aaaaa", "ddddd"})
    rng.shuffle(keep)
    out.append(fitting(rng, lambda: ["aaaaa", "ddddd", keep]))
    return out

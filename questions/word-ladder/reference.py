class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        words.discard(beginWord)
        level, steps = [beginWord], 1
        while level:
            steps += 1
            following = []
            for word in level:
                for i in range(len(word)):
                    for c in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + c + word[i + 1:]
                        if candidate in words:
                            if candidate == endWord:
                                return steps
                            words.remove(candidate)
                            following.append(candidate)
            level = following
        return 0


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def random_case(rng, n, size, alphabet, begin_in=False, end_in=True):
    """size distinct words of length n; endWord among them, or (end_in False) not."""
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


def walk(rng, begin, steps, alphabet):
    """A random walk of single-letter changes from begin (the words may repeat)."""
    out, cur = [], begin
    for _ in range(steps):
        i = rng.randrange(len(cur))
        cur = cur[:i] + rng.choice([c for c in alphabet if c != cur[i]]) + cur[i + 1:]
        out.append(cur)
    return out


def long_ladder(rng, n, size, alphabet, steps):
    begin = word(rng, n, alphabet)
    path = walk(rng, begin, steps, alphabet)
    end = path[-1]
    if end == begin:
        return long_ladder(rng, n, size, alphabet, steps)
    pool = set(path) - {begin}
    size = min(size, len(alphabet) ** n - 1)
    while len(pool) < size:
        w = word(rng, n, alphabet)
        if w != begin:
            pool.add(w)
    pool = sorted(pool)
    rng.shuffle(pool)
    return [begin, end, pool]


def tests(rng):
    cube = ["".join(bits) for bits in itertools.product("ab", repeat=10)]     # 1024 words
    out = [
        ["a", "c", ["a", "b", "c"]],
        ["a", "b", ["b"]],
        ["a", "b", ["c"]],
        ["hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]],
        ["hit", "cog", ["hot", "dot", "dog", "lot", "log"]],
        ["hot", "dog", ["hot", "dog"]],
        ["hot", "dog", ["hot", "dog", "dot"]],
        ["abcdefghij", "abcdefghiz", ["abcdefghiz"]],
        ["aaaaaaaaaa", "bbbbbbbbbb", cube],                                 # 11 words
        ["aaaaaaaaaa", "bbbbbbbbbb", [w for w in cube if w.count("b") != 5]],   # cut in the middle: 0
        ["leet", "code", ["lest", "leet", "lose", "code", "lode", "robe", "lost"]],
        ["zz", "aa", ["za", "az", "aa"]],
    ]
    snake = ["a" * 10]
    for i in range(10):                                                     # a single ladder of 251 words
        for c in "bcdefghijklmnopqrstuvwxyz":
            last = snake[-1]
            snake.append(last[:i] + c + last[i + 1:])
    out.append([snake[0], snake[-1], snake[1:]])
    for k in range(10):
        n = rng.randint(1, 5)
        out.append(random_case(rng, n, rng.randint(1, min(60, 3 ** n - 2)), "abc", rng.random() < 0.3, k % 5 != 0))
    for k in range(6):
        out.append(long_ladder(rng, rng.randint(3, 6), rng.randint(50, 400), "abcd", rng.randint(5, 60)))
    out.append(random_case(rng, 5, 5000, "abcdef"))
    out.append(random_case(rng, 8, 5000, "abc"))
    out.append(long_ladder(rng, 10, 5000, "abc", 400))
    out.append(long_ladder(rng, 4, 5000, "abcdefghijklmnopqrstuvwxyz", 300))
    out.append(random_case(rng, 10, 5000, "abcdefghijklmnopqrstuvwxyz", True, False))
    return out

class Solution:
    def findSubstring(self, s: str, words: List[str]) -> List[int]:
        size, count = len(words[0]), len(words)
        need = collections.Counter(words)
        out = []
        for start in range(size):
            seen = collections.Counter()
            used = 0
            left = start
            for right in range(start, len(s) - size + 1, size):
                piece = s[right:right + size]
                if piece not in need:
                    seen.clear()
                    used = 0
                    left = right + size
                    continue
                seen[piece] += 1
                used += 1
                while seen[piece] > need[piece]:
                    seen[s[left:left + size]] -= 1
                    used -= 1
                    left += size
                if used == count:
                    out.append(left)
                    seen[s[left:left + size]] -= 1
                    used -= 1
                    left += size
        return out


def word(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def planted(rng, length, size, count, letters, plants):
    """A random s of the given length with a few concatenations of random words written into it."""
    words = [word(rng, size, letters) for _ in range(count)]
    s = list(word(rng, length, letters))
    total = size * count
    for _ in range(plants):
        if total > length:
            break
        order = words[:]
        rng.shuffle(order)
        at = rng.randint(0, length - total)
        s[at:at + total] = "".join(order)
    return ["".join(s), words]


def tests(rng):
    out = [["a", ["a"]], ["a", ["b"]], ["a", ["aa"]], ["ab", ["a", "b"]], ["aaa", ["a", "a"]],
           ["barfoothefoobarman", ["foo", "bar"]], ["wordgoodgoodgoodbestword", ["word", "good", "best", "word"]],
           ["barfoofoobarthefoobarman", ["bar", "foo", "the"]], ["aaaaaaaa", ["aa", "aa", "aa"]],
           ["abababab", ["ab", "ba"]], ["abababab", ["ab", "ab"]], ["lingmindraboofooowingdingbarrwingmonkeypoundcake",
                                                                      ["fooo", "barr", "wing", "ding", "wing"]],
           ["ababaab", ["ab", "ba", "ba"]], ["mississippi", ["is"]], ["aaa", ["aaaa"]]]
    for _ in range(8):
        out.append(planted(rng, rng.randint(5, 80), rng.randint(1, 3), rng.randint(1, 4), "ab", 3))
    for _ in range(5):
        out.append(planted(rng, rng.randint(100, 2000), rng.randint(2, 6), rng.randint(2, 30), "abc", 5))
    n = 10**4
    out.append(["a" * n, ["a"] * 5000])
    out.append(["a" * n, ["aa"] * 2500])
    out.append(["a" * n, ["a" * 30] * 333])
    out.append(["ab" * 5000, ["ab", "ba"] * 2500])
    out.append(["a" * n, ["a"] * 4999 + ["b"]])
    out.append(["a" * n, ["b" * 30] * 5000])
    out.append(planted(rng, n, 30, 300, "ab", 3))
    out.append(planted(rng, n, 1, 5000, "ab", 2))
    out.append(planted(rng, n, 5, 200, "abcdefghijklmnopqrstuvwxyz", 4))
    return out

class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = collections.defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())


def word(rng, length, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(length))


def shuffled(rng, text):
    letters = list(text)
    rng.shuffle(letters)
    return "".join(letters)


def anagram_words(rng, count, groups, length, letters="abcdefghijklmnopqrstuvwxyz"):
    """`count` words drawn from `groups` families of anagrams of the given length."""
    roots = [word(rng, rng.randint(*length) if isinstance(length, tuple) else length, letters)
             for _ in range(groups)]
    return [shuffled(rng, rng.choice(roots)) for _ in range(count)]


def tests(rng):
    out = [
        [[""]],
        [["a"]],
        [["", ""]],
        [["a", "b", "a"]],
        [["abc", "bca", "cab", "acb"]],
        [["abc", "def", "ghi"]],
        [["aab", "abb", "bab", "bba"]],          # the same letters, different counts
        [["ab", "abab", "ba", "baba", "aabb"]],
        [["z" * 100, "z" * 99, "z" * 100]],
        [["ac", "bb"]],                           # equal letter sums, not anagrams
    ]
    for _ in range(12):
        out.append([anagram_words(rng, rng.randint(1, 60), rng.randint(1, 10), (0, 8), "abcde")])
    for _ in range(4):
        out.append([anagram_words(rng, rng.randint(100, 1000), rng.randint(1, 300), (1, 20))])
    out.append([anagram_words(rng, 2000, 1000, 100)])                     # the longest words
    out.append([anagram_words(rng, 10**4, 500, (1, 20))])                 # the most words
    out.append([anagram_words(rng, 10**4, 1, 8)])                         # one big group
    out.append([[word(rng, rng.randint(0, 6), "ab") for _ in range(10**4)]])  # few letters, many repeats
    out.append([[""] * 10**4])
    return out

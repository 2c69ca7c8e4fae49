class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        previous = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            current = [i] + [0] * len(word2)
            for j, b in enumerate(word2, 1):
                if a == b:
                    current[j] = previous[j - 1]
                else:
                    current[j] = 1 + min(previous[j - 1], previous[j], current[j - 1])
            previous = current
        return previous[-1]


def word(rng, n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def mutate(rng, s, edits):
    s = list(s)
    for _ in range(edits):
        kind = rng.randrange(3)
        if kind == 0 or not s:
            s.insert(rng.randint(0, len(s)), rng.choice("abcdefghijklmnopqrstuvwxyz"))
        elif kind == 1:
            s.pop(rng.randrange(len(s)))
        else:
            s[rng.randrange(len(s))] = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(s)[:500]


def tests(rng):
    out = [["", ""], ["a", ""], ["", "a"], ["a", "a"], ["a", "b"], ["ab", "ba"], ["horse", "ros"],
           ["intention", "execution"], ["abc", "abc"], ["abc", "cba"], ["a" * 500, ""], ["", "z" * 500],
           ["a" * 500, "b" * 500], ["a" * 500, "a" * 499], ["ab" * 250, "ba" * 250], ["zoologicoarchaeologist", "zoogeologist"]]
    for _ in range(10):
        out.append([word(rng, rng.randint(0, 15), "abc"), word(rng, rng.randint(0, 15), "abc")])
    for _ in range(4):
        s = word(rng, rng.randint(20, 100))
        out.append([s, mutate(rng, s, rng.randint(1, 20))])
    for _ in range(3):
        out.append([word(rng, 500), word(rng, 500)])
    s = word(rng, 500, "ab")
    out.append([s, mutate(rng, s, 60)])
    s = word(rng, 500)
    out.append([s, mutate(rng, s, 5)])
    out.append([word(rng, 500, "abcd"), word(rng, 480, "abcd")])
    return out

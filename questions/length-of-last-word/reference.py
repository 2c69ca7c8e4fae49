class Solution:
    def lengthOfLastWord(self, s: str) -> int:
        end = len(s) - 1
        while s[end] == " ":
            end -= 1
        start = end
        while start >= 0 and s[start] != " ":
            start -= 1
        return end - start


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def sentence(rng, words, longest):
    parts = [" " * rng.randint(0, 3)]
    for _ in range(words):
        parts.append("".join(rng.choice(LETTERS) for _ in range(rng.randint(1, longest))))
        parts.append(" " * rng.randint(1, 3))
    if rng.random() < 0.5:
        parts.pop()
    return "".join(parts)


def tests(rng):
    n = 10**4
    out = [
        ["a"], ["Z"], ["a "], [" a"], ["   a   "], ["ab cd"], ["ab c"], ["a bc"], ["Hello World"],
        ["   fly me   to   the moon  "], ["luffy is still joyboy"], ["A" * n], [" " * (n - 1) + "q"],
        ["q" + " " * (n - 1)], ["x " * (n // 2)], ["ab" * (n // 2 - 1) + "  "],
    ]
    for _ in range(10):
        out.append([sentence(rng, rng.randint(1, 8), 8)])
    for _ in range(3):
        s = sentence(rng, 1500, 8)[:n]
        if not s.strip():
            s = "a"
        out.append([s])
    out.append(["".join(rng.choice(LETTERS) for _ in range(n // 2)) + " " + "".join(rng.choice(LETTERS) for _ in range(n // 2 - 1))])
    return out

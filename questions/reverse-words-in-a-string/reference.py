class Solution:
    def reverseWords(self, s: str) -> str:
        return " ".join(reversed(s.split()))


CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def sentence(rng, length, max_word=8, max_gap=3):
    out = " " * rng.randint(0, max_gap)
    while True:
        w = "".join(rng.choice(CHARS) for _ in range(rng.randint(1, max_word)))
        if len(out) + len(w) > length:
            break
        out += w
        out += " " * rng.randint(1, max_gap)
    if not out.strip():
        out = "w"
    return [out[:length]]


def tests(rng):
    out = [["a"], [" a"], ["a "], ["   a   "], ["a b"], ["b  a"], ["Z9 z9"], ["  hello world  "],
           ["the sky is blue"], ["a good   example"], ["0"], ["1 2 3 4 5 6 7 8 9"], ["AbC dEf"],
           ["x" * 10000], [" " * 9999 + "q"], ["q" + " " * 9999], [" " * 5000 + "m" + " " * 4999],
           [" ".join(["ab"] * 3333) + " "], ["a " * 5000]]
    for _ in range(10):
        out.append(sentence(rng, rng.randint(1, 80)))
    out.append(sentence(rng, 10000))
    out.append(sentence(rng, 10000, max_word=1, max_gap=1))
    out.append(sentence(rng, 10000, max_word=30, max_gap=10))
    for (text,) in out:
        assert 1 <= len(text) <= 10**4 and text.strip() and all(c in CHARS + " " for c in text)
    return out

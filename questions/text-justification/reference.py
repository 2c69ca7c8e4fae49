class Solution:
    def fullJustify(self, words: List[str], maxWidth: int) -> List[str]:
        lines, i = [], 0
        while i < len(words):
            j, width = i + 1, len(words[i])
            while j < len(words) and width + 1 + len(words[j]) <= maxWidth:
                width += 1 + len(words[j])
                j += 1
            line = words[i:j]
            if j == len(words) or len(line) == 1:
                text = " ".join(line)
                lines.append(text + " " * (maxWidth - len(text)))
            else:
                gaps = len(line) - 1
                spaces = maxWidth - sum(map(len, line))
                wide, extra = divmod(spaces, gaps)
                text = ""
                for k, word in enumerate(line[:-1]):
                    text += word + " " * (wide + (k < extra))
                lines.append(text + line[-1])
            i = j
        return lines


SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?'-()&"


def word(rng, longest):
    return "".join(rng.choice(SYMBOLS) for _ in range(rng.randint(1, longest)))


def tests(rng):
    out = [
        [["a"], 1], [["a", "b", "c"], 1], [["a", "b", "c"], 3], [["a", "b", "c", "d"], 3],
        [["what", "must", "be", "acknowledgment", "shall", "be"], 16],
        [["Science", "is", "what", "we", "understand", "well", "enough", "to", "explain", "to", "a",
          "computer.", "Art", "is", "everything", "else", "we", "do"], 20],
        [["ab", "cd"], 5], [["ab", "cd"], 4], [["x"], 100], [["a", "b", "c", "d", "e"], 4],
        [["a" * 20] * 5, 20], [["a" * 20] * 5, 41], [["a", "b", "c", "d", "e", "f", "g"], 11],
        [["the", "end."], 20], [["one", "two", "three"], 9],
    ]
    for _ in range(16):
        width = rng.randint(1, 40)
        longest = min(width, 20)
        out.append([[word(rng, rng.randint(1, longest)) for _ in range(rng.randint(1, 30))], width])
    for width in (100, 60, 20, 37):
        out.append([[word(rng, rng.randint(1, 20)) for _ in range(300)], width])
    out.append([[word(rng, 3) for _ in range(300)], 100])
    out.append([[rng.choice(["a", "bb", "ccc"]) for _ in range(300)], 7])
    return out

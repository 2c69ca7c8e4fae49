class Solution:
    def titleToNumber(self, columnTitle: str) -> int:
        number = 0
        for letter in columnTitle:
            number = number * 26 + ord(letter) - ord("A") + 1
        return number


def title(n):
    letters = []
    while n:
        n, r = divmod(n - 1, 26)
        letters.append(chr(ord("A") + r))
    return "".join(reversed(letters))


def tests(rng):
    out = [[t] for t in ("A", "B", "Y", "Z", "AA", "AB", "AZ", "BA", "ZY", "ZZ", "AAA", "AAB", "ZZZ",
                         "AAAA", "ZZZZ", "AAAAA", "ZZZZZ", "AAAAAA", "ZZZZZZ", "AAAAAAA", "FXSHRXW",
                         "FXSHRXV", "FXSHRWZ", "EZZZZZZ", "CFDGSXM")]
    for _ in range(6):
        out.append([title(rng.randint(1, 2000))])
    for _ in range(8):
        out.append([title(rng.randint(1, 2**31 - 1))])
    return out

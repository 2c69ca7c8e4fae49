class Solution:
    def romanToInt(self, s: str) -> int:
        values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        total = 0
        for i, c in enumerate(s):
            v = values[c]
            total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
        return total


def roman(num):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, symbol in table:
        count, num = divmod(num, value)
        out += symbol * count
    return out


def tests(rng):
    out = [[roman(n)] for n in (1, 2, 4, 6, 9, 19, 40, 58, 90, 400, 444, 900, 1994, 3888, 3999)]
    out += [[roman(rng.randint(1, 3999))] for _ in range(17)]
    return out

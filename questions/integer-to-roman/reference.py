class Solution:
    def intToRoman(self, num: int) -> str:
        table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out = []
        for value, symbol in table:
            count, num = divmod(num, value)
            out.append(symbol * count)
        return "".join(out)


def tests(rng):
    out = [[n] for n in (1, 3, 4, 5, 9, 10, 14, 40, 44, 90, 99, 400, 444, 500, 900, 999, 1000, 1994, 3749, 3999)]
    out += [[rng.randint(1, 3999)] for _ in range(15)]
    return out

class Solution:
    def convertToTitle(self, columnNumber: int) -> str:
        letters = []
        while columnNumber:
            columnNumber, r = divmod(columnNumber - 1, 26)
            letters.append(chr(ord("A") + r))
        return "".join(reversed(letters))


def tests(rng):
    out = [[n] for n in (1, 2, 25, 26, 27, 28, 51, 52, 53, 676, 701, 702, 703, 704, 18278, 18279,
                         475254, 475255, 12356630, 12356631, 2**31 - 1, 2**31 - 2, 2**30, 321272406)]
    for _ in range(8):
        out.append([rng.randint(1, 2000)])
    for _ in range(8):
        out.append([rng.randint(1, 2**31 - 1)])
    return out

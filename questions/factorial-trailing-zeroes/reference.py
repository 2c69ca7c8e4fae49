class Solution:
    def trailingZeroes(self, n: int) -> int:
        count = 0
        while n:
            n //= 5
            count += n
        return count


def tests(rng):
    out = [[n] for n in (0, 2, 3, 4, 5, 6, 9, 10, 11, 24, 25, 30, 99, 100, 124, 125, 126, 624, 625,
                         3124, 3125, 3126, 9999, 10000, 5000, 7777)]
    for _ in range(12):
        out.append([rng.randint(0, 10**4)])
    return out

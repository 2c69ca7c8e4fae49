class Solution:
    def totalNQueens(self, n: int) -> int:
        def count(row, columns, up, down):
            if row == n:
                return 1
            total = 0
            free = ~(columns | up | down) & ((1 << n) - 1)
            while free:
                bit = free & -free
                free ^= bit
                total += count(row + 1, columns | bit, (up | bit) << 1, (down | bit) >> 1)
            return total

        return count(0, 0, 0, 0)


def tests(rng):
    # only nine inputs exist; each is tested, the larger ones several times
    out = [[n] for n in range(1, 10)]
    out += [[n] for n in (9, 8, 7, 2, 9, 8, 4, 9, 5, 9, 6, 8, 7, 9, 3, 9, 8, 9)]
    return out

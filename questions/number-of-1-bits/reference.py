class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n:
            n &= n - 1
            count += 1
        return count


def tests(rng):
    out = [[1], [2], [3], [11], [128], [255], [2**31 - 1], [2**30], [2**31 - 2], [2147483645],
           [0x55555555], [0x2AAAAAAA], [0x40000001], [0x12345678], [0x7FFF0000], [0x0000FFFF]]
    out += [[1 << k] for k in range(1, 31, 4)]
    for _ in range(12):
        out.append([rng.randint(1, 2**31 - 1)])
    return out

class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(32):
            result = (result << 1) | (n & 1)
            n >>= 1
        return result


def tests(rng):
    out = [[0], [2**32 - 1], [2**31], [2**31 - 1], [2], [3], [43261596], [4294967293],
           [0x0000FFFF], [0xFFFF0000], [0x55555555], [0xAAAAAAAA], [0x80000001], [0x12345678]]
    out += [[1 << k] for k in range(0, 32, 5)]
    for _ in range(16):
        out.append([rng.randint(0, 2**32 - 1)])
    return out

class Solution:
    def mySqrt(self, x: int) -> int:
        low, high = 0, min(x, 46340)
        while low < high:
            middle = (low + high + 1) // 2
            if middle * middle <= x:
                low = middle
            else:
                high = middle - 1
        return low


def tests(rng):
    top = 2**31 - 1
    out = [[v] for v in (0, 1, 2, 3, 4, 5, 8, 9, 10, 15, 16, 17, 24, 25, 99, 100, 101,
                         46340 * 46340, 46340 * 46340 - 1, 46340 * 46340 + 1, top, top - 1,
                         2**30, 2**30 - 1, 46339 * 46339, 999999999, 10**9, 2147395599, 2147395600)]
    for _ in range(10):
        out.append([rng.randint(0, 10**4)])
    for _ in range(10):
        out.append([rng.randint(0, top)])
    for _ in range(5):
        r = rng.randint(2, 46340)
        out.append([r * r])
        out.append([r * r - 1])
    return out

class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        out = digits[:]
        for i in range(len(out) - 1, -1, -1):
            if out[i] < 9:
                out[i] += 1
                return out
            out[i] = 0
        return [1] + out


def number(rng, n):
    return [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(n - 1)]


def tests(rng):
    out = [[[0]], [[9]], [[1]], [[8]], [[1, 0]], [[1, 9]], [[9, 9]], [[9] * 100], [[1] + [0] * 99],
           [[8] + [9] * 99], [[1] + [9] * 99], [[9] * 99 + [8]], [[1, 2, 3]], [[4, 3, 2, 1]],
           [[2, 1, 4, 7, 4, 8, 3, 6, 4, 7]], [[9, 8, 9]], [[1, 0, 0, 0, 0]]]
    for n in (2, 3, 5, 8, 10, 19, 20, 30, 50, 99, 100, 100):
        out.append([number(rng, n)])
    for n in (4, 12, 60):
        d = number(rng, n)
        k = rng.randint(1, n - 1)
        d[n - k:] = [9] * k
        if d[n - k - 1] == 9:
            d[n - k - 1] = rng.randint(0 if n - k - 1 else 1, 8)
        out.append([d])
    return out

class Solution:
    def combine(self, n: int, k: int) -> List[List[int]]:
        out, chosen = [], []

        def extend(start):
            if len(chosen) == k:
                out.append(chosen[:])
                return
            for value in range(start, n - (k - len(chosen)) + 2):
                chosen.append(value)
                extend(value + 1)
                chosen.pop()

        extend(1)
        return out


def tests(rng):
    out = [[1, 1], [2, 2], [2, 1], [3, 1], [3, 2], [4, 2], [4, 3], [4, 4], [5, 3], [6, 3], [20, 1], [20, 20],
           [20, 19], [20, 2], [20, 18], [20, 3], [19, 1], [10, 5], [12, 6], [15, 7], [16, 8], [7, 1],
           [8, 4], [9, 8], [11, 3]]
    while len(out) < 38:
        n = rng.randint(1, 12)
        k = rng.randint(1, n)
        if math.comb(n, k) <= 1000:
            out.append([n, k])
    return out

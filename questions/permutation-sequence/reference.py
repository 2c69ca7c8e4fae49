class Solution:
    def getPermutation(self, n: int, k: int) -> str:
        digits = [str(d) for d in range(1, n + 1)]
        k -= 1
        out = []
        for left in range(n, 0, -1):
            block = math.factorial(left - 1)
            index, k = divmod(k, block)
            out.append(digits.pop(index))
        return "".join(out)


def tests(rng):
    f = math.factorial
    out = [[1, 1], [2, 1], [2, 2], [3, 1], [3, 3], [3, 6], [4, 9], [4, 24], [5, 120], [5, 60], [5, 61],
           [9, 1], [9, f(9)], [9, f(8)], [9, f(8) + 1], [9, f(9) // 2], [9, 219601], [8, f(8)], [8, 1],
           [9, f(9) - 1], [7, f(6) * 3 + 1]]
    for _ in range(12):
        n = rng.randint(1, 9)
        out.append([n, rng.randint(1, f(n))])
    return out

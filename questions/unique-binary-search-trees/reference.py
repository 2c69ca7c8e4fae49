class Solution:
    def numTrees(self, n: int) -> int:
        count = [1] * (n + 1)
        for size in range(2, n + 1):
            count[size] = sum(count[root - 1] * count[size - root] for root in range(1, size + 1))
        return count[n]


def tests(rng):
    # n has only 19 values: each once, and some again to make up the number of tests
    return [[n] for n in range(1, 20)] + [[n] for n in (19, 18, 17, 16, 15, 3, 5, 7, 9, 11, 13)]

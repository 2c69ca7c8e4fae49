class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 1, 1
        for _ in range(n):
            a, b = b, a + b
        return a


def tests(rng):
    out = [[n] for n in range(1, 46)]
    rng.shuffle(out)
    return [[45], [1], [2], [44]] + out

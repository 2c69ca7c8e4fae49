class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):
            start = i
            while stack and stack[-1][1] >= h:
                start, top = stack.pop()
                best = max(best, top * (i - start))
            stack.append((start, h))
        return best


def tests(rng):
    big = 10**4
    out = [[[0]], [[big]], [[1]], [[0, 0]], [[2, 4]], [[4, 2]], [[1, 1]], [[6, 2, 5, 4, 5, 1, 6]],
           [[2, 1, 2]], [[1, 2, 3, 4, 5]], [[5, 4, 3, 2, 1]], [[0, 9, 0]], [[3, 6, 5, 7, 4, 8, 1, 0]],
           [[4, 2, 0, 3, 2, 5]], [[1, 0, 1, 0, 1]]]
    for _ in range(12):
        n = rng.randint(1, 40)
        out.append([[rng.randint(0, 10) for _ in range(n)]])
    for _ in range(3):
        out.append([[rng.randint(0, big) for _ in range(rng.randint(100, 2000))]])
    out.append([[rng.randint(0, big) for _ in range(20000)]])
    n = 10**5                                            # small values keep the largest tests short
    out.append([[rng.randint(0, 9) for _ in range(n)]])
    out.append([[1] * n])                                # one rectangle over all: a quadratic search is too slow
    out.append([[i * 10 // n for i in range(n)]])        # rising in long steps
    return out

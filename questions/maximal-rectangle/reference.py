class Solution:
    def maximalRectangle(self, matrix: List[List[str]]) -> int:
        cols = len(matrix[0])
        heights = [0] * (cols + 1)
        best = 0
        for row in matrix:
            for j in range(cols):
                heights[j] = heights[j] + 1 if row[j] == "1" else 0
            stack = []
            for i, h in enumerate(heights):
                start = i
                while stack and stack[-1][1] >= h:
                    start, top = stack.pop()
                    best = max(best, top * (i - start))
                stack.append((start, h))
        return best


def grid(rng, rows, cols, p):
    return [["1" if rng.random() < p else "0" for _ in range(cols)] for _ in range(rows)]


def tests(rng):
    out = [[[["0"]]], [[["1"]]], [[["0", "1"]]], [[["1"], ["1"]]], [[["1", "0"], ["0", "1"]]],
           [[["1", "0", "1", "0", "0"], ["1", "0", "1", "1", "1"], ["1", "1", "1", "1", "1"], ["1", "0", "0", "1", "0"]]],
           [[["0", "1", "1", "0"], ["1", "1", "1", "1"], ["1", "1", "1", "1"], ["0", "1", "1", "0"]]]]
    for _ in range(15):
        out.append([grid(rng, rng.randint(1, 12), rng.randint(1, 12), rng.choice((0.5, 0.7, 0.85)))])
    for _ in range(4):
        out.append([grid(rng, rng.randint(20, 80), rng.randint(20, 80), 0.9)])
    out.append([grid(rng, 200, 200, 0.5)])
    out.append([grid(rng, 200, 120, 0.97)])
    out.append([[["1"] * 200 for _ in range(200)]])
    out.append([[["0"] * 200 for _ in range(3)]])
    out.append([grid(rng, 1, 200, 0.9)])
    out.append([grid(rng, 200, 1, 0.9)])
    full = [["1"] * 200 for _ in range(200)]
    full[100][100] = "0"
    out.append([full])
    return out

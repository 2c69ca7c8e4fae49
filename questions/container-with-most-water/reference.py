class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi, best = 0, len(height) - 1, 0
        while lo < hi:
            best = max(best, (hi - lo) * min(height[lo], height[hi]))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best


def tests(rng):
    out = [[[1, 1]], [[0, 0]], [[1, 8, 6, 2, 5, 4, 8, 3, 7]], [[4, 3, 2, 1, 4]], [[1, 2, 1]], [[0, 10**4]],
           [[10**4, 1, 10**4]], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]
    for _ in range(14):
        out.append([[rng.randint(0, 10**4) for _ in range(rng.randint(2, 500))]])
    for _ in range(4):
        out.append([[rng.randint(0, 10**4) for _ in range(rng.randint(1000, 10**4))]])
    out.append([[rng.randint(0, 10**4) for _ in range(10**5)]])
    out.append([[i // 10 for i in range(10**5)]])
    out.append([[0] * (10**5 - 2) + [1, 1]])
    return out

class Solution:
    def trap(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        left_max = right_max = water = 0
        while left < right:
            if height[left] < height[right]:
                left_max = max(left_max, height[left])
                water += left_max - height[left]
                left += 1
            else:
                right_max = max(right_max, height[right])
                water += right_max - height[right]
                right -= 1
        return water


def tests(rng):
    big = 10**5
    n = 2 * 10**4
    out = [
        [[0]], [[big]], [[0, 0]], [[big, 0]], [[big, 0, big]], [[0, big, 0]],
        [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], [[4, 2, 0, 3, 2, 5]],
        [[2, 0, 2]], [[5, 4, 3, 2, 1]], [[1, 2, 3, 4, 5]], [[3, 3, 3, 3]],
        [[1, 0, 0, 0, 0, 0, 1]], [[5, 0, 3, 0, 4]], [[2, 1, 0, 1, 2, 1, 0, 1, 2]],
    ]
    for _ in range(8):
        m = rng.randint(3, 40)
        out.append([[rng.randint(0, 10) for _ in range(m)]])
    for _ in range(4):
        out.append([[rng.randint(0, big) for _ in range(rng.randint(100, 3000))]])
    out.append([[rng.randint(0, big) for _ in range(n)]])
    out.append([[big] + [0] * (n - 2) + [big]])          # the largest answer: 19998 * 10^5
    out.append([[abs(i - n // 2) * 10 for i in range(n)]])  # a valley
    out.append([[min(i, n - 1 - i) for i in range(n)]])     # a hill
    out.append([[rng.randint(0, 3) for _ in range(n)]])
    return out

class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        counts = collections.Counter(nums)
        values = sorted(counts)
        out = []
        for i, a in enumerate(values):
            if a > 0:
                break
            for b in values[i:]:
                c = -a - b
                if c < b:
                    break
                need = collections.Counter((a, b, c))
                if all(counts.get(v, 0) >= k for v, k in need.items()):
                    out.append([a, b, c])
        return out


def tests(rng):
    out = [[[0, 1, 1]], [[0, 0, 0]], [[-1, 0, 1, 2, -1, -4]], [[1, 1, 1]], [[-1, -1, 2]], [[3, -2, -1, 0, 0, 0]],
           [[-100000, 0, 100000]], [[-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6]]]
    for _ in range(14):
        n = rng.randint(3, 60)
        out.append([[rng.randint(-20, 20) for _ in range(n)]])
    for _ in range(4):
        out.append([[rng.randint(-10**5, 10**5) for _ in range(rng.randint(100, 1000))]])
    out.append([[rng.randint(-10**5, 10**5) for _ in range(3000)]])
    out.append([[rng.randint(-10**5, 10**5) for _ in range(3000)]])
    out.append([[0] * 3000])
    out.append([[rng.randint(1, 10**5) for _ in range(2990)] + [-1, -2, -3, 0, 0, 3, 1, 2, -100000, 100000]])
    out.append([[rng.choice([-3, -1, 0, 1, 2, 4]) for _ in range(3000)]])
    return out

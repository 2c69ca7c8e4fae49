class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        out = [[]]
        for value, count in sorted(collections.Counter(nums).items()):
            out = [subset + [value] * k for subset in out for k in range(count + 1)]
        return out


def tests(rng):
    out = [[[0]], [[10]], [[-10]], [[1, 2]], [[2, 2]], [[1, 2, 2]], [[5, 1, 5, 1]], [[-10, 10, -10, 10]],
           [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], [[7] * 10], [[-1, 0, 1, 0, -1, 0, 1, 0, -1, 0]],
           [[4, 4, 4, 1, 4]], [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]]]
    for _ in range(12):
        n = rng.randint(1, 10)
        out.append([[rng.randint(-3, 3) for _ in range(n)]])
    for _ in range(6):
        out.append([[rng.randint(-10, 10) for _ in range(10)]])
    out.append([rng.sample(range(-10, 11), 10)])
    return out

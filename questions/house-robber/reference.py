class Solution:
    def rob(self, nums: List[int]) -> int:
        take, skip = 0, 0
        for x in nums:
            take, skip = skip + x, max(take, skip)
        return max(take, skip)


def tests(rng):
    out = [[[400]], [[0, 0]], [[1, 2]], [[2, 1]], [[1, 2, 3, 1]], [[2, 7, 9, 3, 1]], [[2, 1, 1, 2]],
           [[400, 0, 0, 400]], [[1, 3, 1, 3, 100]], [[0] * 100], [[400] * 100], [[400] * 99],
           [[i % 2 * 400 for i in range(100)]], [[4, 1, 2, 7, 5, 3, 1]], [[6, 3, 10, 8, 2, 10, 3, 5, 10, 5, 3]]]
    for _ in range(12):
        out.append([[rng.randint(0, 30) for _ in range(rng.randint(1, 20))]])
    for _ in range(6):
        out.append([[rng.randint(0, 400) for _ in range(rng.randint(50, 100))]])
    return out

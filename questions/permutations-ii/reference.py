class Solution:
    def permuteUnique(self, nums: List[int]) -> List[List[int]]:
        counts = collections.Counter(nums)
        out, prefix = [], []

        def build():
            if len(prefix) == len(nums):
                out.append(prefix[:])
                return
            for value in counts:
                if counts[value]:
                    counts[value] -= 1
                    prefix.append(value)
                    build()
                    prefix.pop()
                    counts[value] += 1

        build()
        return out


def tests(rng):
    out = [[[0]], [[10]], [[-10]], [[1, 1]], [[1, 2]], [[1, 1, 2]], [[1, 2, 3]], [[0, 0, 0, 0]],
           [[5] * 8], [[1, 2, 3, 4, 5, 6, 7, 8]], [[-10, -5, 0, 0, 3, 3, 10, 10]],
           [[1, 1, 2, 2, 3, 3, 4, 4]], [[0, 0, 0, 0, 1, 1, 1, 1]], [[3, 3, 0, 3]], [[-10, 10, -10, 10]],
           [[2, 2, 1, 1, 1, 1, 1, 1]], [[1, 2, 2, 3, 3, 3, 4, 4]]]
    for n in (2, 3, 4, 5, 6, 7):
        out.append([[rng.randint(-3, 3) for _ in range(n)]])
    for _ in range(3):
        out.append([[rng.randint(-2, 2) for _ in range(8)]])
    for n in (5, 6, 7):
        out.append([[rng.randint(-10, 10) for _ in range(n)]])
    return out

class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        out = []

        def build(prefix, rest):
            if not rest:
                out.append(prefix)
                return
            for i in range(len(rest)):
                build(prefix + [rest[i]], rest[:i] + rest[i + 1:])

        build([], nums)
        return out


def tests(rng):
    out = [[[0]], [[10]], [[-10]], [[1, 2]], [[-10, 10]], [[1, 2, 3]], [[0, -1, 1]],
           [[1, 2, 3, 4, 5, 6]], [[-10, -9, -8, 8, 9, 10]], [[6, 5, 4, 3, 2, 1]], [[0, 1]]]
    for n in (1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 3, 4, 2, 6, 5, 6):
        out.append([rng.sample(range(-10, 11), n)])
    return out

class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = [[]]
        for value in nums:
            out += [subset + [value] for subset in out]
        return out


def tests(rng):
    out = [[[0]], [[-10]], [[10]], [[1, 2]], [[2, 1]], [[1, 2, 3]], [[-10, 10]], [[0, -1, 1]],
           [list(range(1, 11))], [list(range(-10, 0))], [list(range(10, 0, -1))], [[-10, -5, 0, 5, 10]]]
    for n in list(range(1, 11)) * 2:
        out.append([rng.sample(range(-10, 11), n)])
    return out

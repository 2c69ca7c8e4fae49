class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 not in values:
                y = x
                while y + 1 in values:
                    y += 1
                best = max(best, y - x + 1)
        return best


def shuffled(rng, values):
    values = list(values)
    rng.shuffle(values)
    return values


def tests(rng):
    big = 10**9
    out = [
        [[]],
        [[0]],
        [[-big]],
        [[big]],
        [[5, 5, 5]],
        [[1, 3]],
        [[2, 1]],
        [[-big, big]],
        [[big - 1, big, -big, -big + 1, -big + 2]],
        [[100, 4, 200, 1, 3, 2]],
        [[0, 3, 7, 2, 5, 8, 4, 6, 0, 1]],
        [[1, 0, 1, 2]],
        [[-1, -2, -3, 0, 1]],
        [[9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6]],
        [shuffled(rng, list(range(-5, 5)) + list(range(6, 17)))],     # the longer run at the top
    ]
    for _ in range(12):
        out.append([[rng.randint(-30, 30) for _ in range(rng.randint(1, 60))]])
    for _ in range(4):
        out.append([[rng.randint(-big, big) for _ in range(rng.randint(100, 3000))]])
    out.append([[rng.randint(-big, big) for _ in range(8000)]])
    out.append([shuffled(rng, range(10**5))])                              # one run of 100,000
    out.append([shuffled(rng, [x for x in range(-60000, 60000, 1) if x % 1000 != 0][:10000] * 2)])
    out.append([[rng.randint(0, 15000) for _ in range(15000)]])
    out.append([shuffled(rng, list(range(big - 3999, big + 1)) + list(range(-big, -big + 4001)))])
    return out

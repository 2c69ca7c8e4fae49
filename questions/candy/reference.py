class Solution:
    def candy(self, ratings: List[int]) -> int:
        n = len(ratings)
        give = [1] * n
        for i in range(1, n):
            if ratings[i] > ratings[i - 1]:
                give[i] = give[i - 1] + 1
        for i in range(n - 2, -1, -1):
            if ratings[i] > ratings[i + 1] and give[i] <= give[i + 1]:
                give[i] = give[i + 1] + 1
        return sum(give)


def tests(rng):
    top = 2 * 10**4
    out = [[[0]], [[top]], [[1, 2]], [[2, 1]], [[5, 5]], [[1, 0, 2]], [[1, 2, 2]], [[1, 3, 2, 2, 1]],
           [[1, 2, 87, 87, 87, 2, 1]], [[1, 3, 4, 5, 2]], [[5, 4, 3, 2, 1, 2, 3, 4, 5]], [[1, 6, 10, 8, 7, 3, 2]],
           [[0, top, 0, top, 0]], [[3, 2, 1, 1, 2, 3]]]
    for _ in range(12):
        n = rng.randint(1, 50)
        hi = rng.choice((3, 20, top))
        out.append([[rng.randint(0, hi) for _ in range(n)]])
    out.append([[rng.randint(0, top) for _ in range(top)]])
    out.append([list(range(top))])                       # strictly rising: 1 + 2 + ... + n
    out.append([list(range(top, 0, -1))])
    out.append([list(range(top // 2)) + list(range(top // 2, 0, -1))])    # one long mountain
    out.append([[7] * top])
    out.append([[rng.randint(0, 2) for _ in range(top)]])
    return out

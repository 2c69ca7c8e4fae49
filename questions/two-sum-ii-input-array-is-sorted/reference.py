class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        i, j = 0, len(numbers) - 1
        while i < j:
            total = numbers[i] + numbers[j]
            if total == target:
                return [i + 1, j + 1]
            if total < target:
                i += 1
            else:
                j -= 1
        return []


def make(rng, n, target, a, distinct, low=-1000, high=1000):
    """A sorted array of n values with exactly one pair summing to target: a and target - a."""
    b = target - a
    chosen = {a, b}
    pool = list(range(low, high + 1))
    rng.shuffle(pool)
    others = []
    for x in pool:
        if len(others) >= distinct:
            break
        y = target - x
        if x in chosen or y in chosen:
            continue
        if 2 * x == target:
            continue
        others.append(x)
        chosen.add(x)
    values = [a, b]
    while len(values) < n and others:
        values.append(rng.choice(others))
    values.sort()
    return [values, target]


def tests(rng):
    out = [
        [[1, 2], 3],
        [[-1000, 1000], 0],
        [[-500, -500], -1000],
        [[500, 500], 1000],
        [[-1000, 0], -1000],
        [[0, 1000], 1000],
        [[0, 0], 0],
        [[2, 7, 11, 15], 9],
        [[1, 2, 3, 4, 4, 9, 56, 90], 8],
        [[-3, 3, 4, 90], 0],
        [[1, 1, 1, 1, 1, 4, 7], 11],
        [[1, 2, 5, 9], 10],
        [[-8, 1, 2, 2, 3], -5],
    ]
    for _ in range(10):
        target = rng.randint(-1000, 1000)
        a = rng.randint(max(-1000, target - 1000), min(1000, target + 1000))
        out.append(make(rng, rng.randint(2, 40), target, a, rng.randint(0, 10)))
    for _ in range(5):
        target = rng.randint(-1000, 1000)
        a = rng.randint(max(-1000, target - 1000), min(1000, target + 1000))
        out.append(make(rng, rng.randint(100, 5000), target, a, rng.randint(10, 900)))
    out.append(make(rng, 3 * 10**4, 0, -1000, 900))      # the pair at both ends
    out.append(make(rng, 3 * 10**4, 1000, 500, 700))     # two equal middle values
    out.append(make(rng, 3 * 10**4, -1000, -1000, 1000))
    out.append(make(rng, 3 * 10**4, 1, 0, 999))
    return out

class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        ones = twos = 0
        for value in nums:
            ones = (ones ^ value) & ~twos
            twos = (twos ^ value) & ~ones
        return ones


LOW, HIGH = -2**31, 2**31 - 1


def make(rng, triples, lone=None, low=LOW, high=HIGH):
    values = set()
    while len(values) < triples:
        value = rng.randint(low, high)
        if value != lone:
            values.add(value)
    if lone is None:
        while True:
            lone = rng.randint(low, high)
            if lone not in values:
                break
    nums = sorted(values) * 3 + [lone]
    rng.shuffle(nums)
    return [nums]


def tests(rng):
    out = [[[0]], [[HIGH]], [[LOW]], [[1, 1, 1, 2]], [[2, 1, 1, 1]], [[1, 2, 1, 1]], [[-1, -1, -1, -2]],
           [[HIGH, LOW, HIGH, HIGH]], [[LOW, HIGH, LOW, LOW]], [[LOW, LOW, LOW, -1]], [[HIGH, HIGH, HIGH, 0]],
           [[-1, 0, -1, -1]], [[0, 0, 0, 1, 1, 1, 2, 2, 2, 3]], [[5, -5, 5, -5, 5, -5, 0]]]
    for _ in range(12):
        if rng.random() < 0.5:
            out.append(make(rng, rng.randint(0, 40), low=-100, high=100))
        else:
            out.append(make(rng, rng.randint(0, 40)))
    out.append(make(rng, 9999))
    out.append(make(rng, 4000, lone=LOW))
    out.append(make(rng, 4000, lone=HIGH))
    out.append(make(rng, 9999, lone=-1, low=-10**5, high=10**5))
    out.append([sorted(rng.sample(range(1, 10**6), 9999)) * 3 + [0]])
    return out

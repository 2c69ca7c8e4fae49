class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = 0
        for value in nums:
            result ^= value
        return result


LIMIT = 3 * 10**4


def make(rng, pairs, lone=None, low=-LIMIT, high=LIMIT):
    values = rng.sample(range(low, high + 1), pairs + 1)
    if lone is not None and lone not in values[:pairs]:
        values[pairs] = lone
    elif lone is not None:
        values = [v for v in values if v != lone][:pairs] + [lone]
    nums = values[:pairs] * 2 + [values[pairs]]
    rng.shuffle(nums)
    return [nums]


def tests(rng):
    out = [[[0]], [[LIMIT]], [[-LIMIT]], [[1, 2, 1]], [[2, 1, 1]], [[1, 1, 2]], [[-1, -1, -2]],
           [[LIMIT, -LIMIT, LIMIT]], [[-LIMIT, LIMIT, -LIMIT]], [[0, 5, 5]], [[7, 0, 7]], [[-3, 4, 4, -3, 9]]]
    for _ in range(16):
        out.append(make(rng, rng.randint(0, 40), low=rng.choice((-LIMIT, -50)), high=rng.choice((LIMIT, 50))))
    out.append(make(rng, 14999))
    out.append(make(rng, 14999, lone=0))
    out.append(make(rng, 14999, lone=-LIMIT))
    ordered = list(range(1, 15000)) * 2 + [LIMIT]
    out.append([ordered])                              # the single value at the very end
    out.append([[-7] + list(range(-14999, -7)) * 2 + list(range(-6, 1)) * 2])   # at the very start
    return out

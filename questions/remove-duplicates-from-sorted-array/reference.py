class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        k = 0
        for value in nums:
            if k == 0 or nums[k - 1] != value:
                nums[k] = value
                k += 1
        return k


def sorted_values(rng, n, low=-100, high=100):
    return [sorted(rng.randint(low, high) for _ in range(n))]


def tests(rng):
    out = [
        [[-100]],
        [[100, 100]],
        [[-100, 100]],
        [[0, 0, 0, 0, 0]],
        [[1, 2, 3, 4, 5]],
        [[1, 1, 2, 2, 3, 3]],
        [[-1, 0, 0, 0, 0, 0, 0, 1]],
        [[5, 6, 6]],
        [[5, 5, 6]],
    ]
    for n in (2, 3, 4, 6, 10, 15, 30, 60, 100, 500):
        out.append(sorted_values(rng, n, -3 if n < 10 else -100, 3 if n < 10 else 100))
    out.append(sorted_values(rng, 3 * 10**4))
    out.append(sorted_values(rng, 3 * 10**4, -5, 5))
    out.append([[7] * (3 * 10**4)])
    out.append([list(range(-100, 101))])
    out.append([sorted(list(range(-100, 101)) * 149)[:3 * 10**4]])
    out.append([[v for v in range(-100, 101) for _ in range(2)]])
    out.append(sorted_values(rng, 29999))
    out.append(sorted_values(rng, 1000, 99, 100))
    return out

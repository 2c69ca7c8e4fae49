class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        candidate, count = None, 0
        for x in nums:
            if count == 0:
                candidate = x
            count += 1 if x == candidate else -1
        return candidate


def make(rng, n, value, low, high, order="shuffle"):
    k = n // 2 + 1
    others = [rng.randint(low, high) for _ in range(n - k)]
    others = [x if x != value else value + (1 if value < high else -1) for x in others]
    nums = [value] * k + others
    if order == "shuffle":
        rng.shuffle(nums)
    elif order == "last":
        nums = others + [value] * k
    return [nums]


def tests(rng):
    big = 10**9
    out = [
        [[big]],
        [[-big]],
        [[1, 1]],
        [[2, 2, 1]],
        [[1, 2, 2]],
        [[big, -big, big]],
        [[-big, -big, big, big, -big]],
        [[0, 1, 0, 1, 0, 1, 0]],
        [[1, 0, 1, 0, 1, 0, 1]],
        [[5, 5, 5, 5, 3, 3, 3]],
        [[3, 3, 3, 5, 5, 5, 5]],
        [[7, 8, 9, 7, 7]],
    ]
    for _ in range(10):
        n = rng.randint(1, 40)
        out.append(make(rng, n, rng.randint(-5, 5), -5, 5))
    for _ in range(4):
        n = rng.randint(100, 2000)
        out.append(make(rng, n, rng.randint(-big, big), -big, big))
    out.append(make(rng, 5 * 10**4, rng.randint(-big, big), -big, big))
    out.append(make(rng, 5 * 10**4 - 1, -3, -9, 9, "last"))
    out.append(make(rng, 5 * 10**4, 7, -9, 9, "first"))
    out.append([[i % 10 if i % 2 else 42 for i in range(5 * 10**4 - 1)]])
    return out

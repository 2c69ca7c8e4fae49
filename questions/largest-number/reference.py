class Solution:
    def largestNumber(self, nums: List[int]) -> str:
        words = [str(x) for x in nums]
        words.sort(key=functools.cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
        out = "".join(words)
        return "0" if out[0] == "0" else out


def tests(rng):
    big = 10**9
    out = [
        [[0]],
        [[big]],
        [[10]],
        [[0, 0]],
        [[0, 1]],
        [[10, 2]],
        [[3, 30, 34, 5, 9]],
        [[432, 43243]],
        [[12, 121]],
        [[824, 8247]],
        [[824, 938, 1399, 5607, 6973, 5703, 9609, 4398, 8247]],
        [[big, big, 0, 1]],
        [[999999999, 99999999, 9999999, 9, big]],
        [[1, 11, 111, 1111, 10, 101, 110]],
        [[0, 0, 0, 0, 0, 0, 0, 1]],
        [[big] * 100],
        [[0] * 100],
    ]
    for _ in range(8):
        n = rng.randint(1, 20)
        out.append([[rng.randint(0, 100) for _ in range(n)]])
    for _ in range(5):
        out.append([[rng.randint(0, big) for _ in range(100)]])
    for _ in range(3):
        base = rng.randint(1, 99)
        out.append([[int(str(base) * rng.randint(1, 4)) for _ in range(100)]])
    out.append([[rng.choice([0, 9, 90, 909, 99, 9099]) for _ in range(100)]])
    return out

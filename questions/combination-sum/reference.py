class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        values = sorted(candidates)
        out = []

        def build(start, left, chosen):
            if left == 0:
                out.append(chosen[:])
                return
            for i in range(start, len(values)):
                if values[i] > left:
                    break
                chosen.append(values[i])
                build(i, left - values[i], chosen)
                chosen.pop()

        build(0, target, [])
        return out


def few(candidates, target):
    return len(Solution().combinationSum(candidates, target)) < 150


def tests(rng):
    out = [[[2], 1], [[2], 2], [[2], 40], [[40], 40], [[40], 39], [[3], 40], [[2, 3, 6, 7], 7], [[2, 3, 5], 8],
           [[7, 3, 2], 18], [[8, 7, 4, 3], 11], [[5, 10, 8, 4, 3, 12, 9], 27], [[39, 40], 1],
           [list(range(2, 32)), 1], [list(range(11, 41)), 40], [list(range(2, 32)), 13],
           [[2, 4, 6, 8], 40]]
    out = [t for t in out if few(*t)]
    while len(out) < 38:
        n = rng.randint(1, 12)
        candidates = rng.sample(range(2, 41), n)
        target = rng.randint(1, 40)
        found = len(Solution().combinationSum(candidates, target))
        if found < 150 and (found > 0 or rng.random() < 0.2):
            out.append([candidates, target])
    # The largest inputs that still have fewer than 150 combinations.
    for _ in range(400):
        candidates = rng.sample(range(2, 41), 30)
        target = rng.randint(30, 40)
        if few(candidates, target) and len(Solution().combinationSum(candidates, target)) > 60:
            out.append([candidates, target])
            if len(out) >= 42:
                break
    return out

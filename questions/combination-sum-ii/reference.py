class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates = sorted(candidates)
        out, picked = [], []

        def search(start, left):
            if left == 0:
                out.append(picked[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] > left:
                    break
                if i > start and candidates[i] == candidates[i - 1]:
                    continue
                picked.append(candidates[i])
                search(i + 1, left - candidates[i])
                picked.pop()

        search(0, target)
        return out


def tests(rng):
    out = [
        [[1], 1],
        [[1], 30],
        [[50], 30],
        [[30], 30],
        [[1] * 100, 30],
        [[1] * 100, 1],
        [[2] * 100, 29],
        [[10, 1, 2, 7, 6, 1, 5], 8],
        [[2, 5, 2, 1, 2], 5],
        [list(range(1, 51)), 30],
        [list(range(1, 51)) * 2, 30],
        [[50] * 100, 30],
        [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 10, 30],
        [[15, 15, 15, 10, 10, 10, 5, 5, 5], 30],
        [[3] * 50 + [7] * 50, 30],
    ]
    for _ in range(10):
        n = rng.randint(1, 20)
        out.append([[rng.randint(1, 15) for _ in range(n)], rng.randint(1, 30)])
    for _ in range(6):
        out.append([[rng.randint(1, 50) for _ in range(100)], rng.randint(1, 30)])
    for _ in range(3):
        out.append([[rng.randint(1, 12) for _ in range(100)], 30])
    return out

class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        total = tank = start = 0
        for i in range(len(gas)):
            gain = gas[i] - cost[i]
            total += gain
            tank += gain
            if tank < 0:
                start, tank = i + 1, 0
        return start if total >= 0 else -1


def valid_starts(gas, cost):
    """The number of stations a full circle can start from (capped at 2)."""
    n = len(gas)
    prefix = [0]
    for g, c in zip(gas, cost):
        prefix.append(prefix[-1] + g - c)
    total = prefix[-1]
    if total < 0:
        return 0
    suffix_min = [0] * (n + 1)
    suffix_min[n] = prefix[n]
    for i in range(n - 1, -1, -1):
        suffix_min[i] = min(prefix[i], suffix_min[i + 1])
    count, low = 0, float("inf")          # low: min of prefix[1..s]
    for s in range(n):
        if s > 0:
            low = min(low, prefix[s])
        if prefix[s] <= suffix_min[s + 1] and prefix[s] - total <= low:
            count += 1
            if count > 1:
                break
    return count


def make(rng, n, top, solvable):
    while True:
        gas = [rng.randint(0, top) for _ in range(n)]
        cost = [rng.randint(0, top) for _ in range(n)]
        total = sum(gas) - sum(cost)
        if solvable and total < 0:
            # raise fuel until the totals balance
            need = -total
            while need > 0:
                i = rng.randrange(n)
                add = min(need, top - gas[i])
                gas[i] += add
                need -= add
        elif not solvable and total >= 0:
            need = total + rng.randint(1, max(1, n // 10))
            while need > 0:
                i = rng.randrange(n)
                add = min(need, top - cost[i])
                cost[i] += add
                need -= add
        if valid_starts(gas, cost) == (1 if solvable else 0):
            return [gas, cost]


def tests(rng):
    out = [[[0], [0]], [[0], [1]], [[10000], [10000]], [[10000], [0]], [[0], [10000]],
           [[1, 2, 3, 4, 5], [3, 4, 5, 1, 2]], [[2, 3, 4], [3, 4, 3]], [[5, 1, 2, 3, 4], [4, 4, 1, 5, 1]],
           [[3, 1, 1], [1, 2, 2]], [[1, 1, 3], [2, 2, 1]], [[4, 0, 0, 0], [1, 1, 1, 1]],
           [[0, 0, 0, 4], [1, 1, 1, 1]], [[0, 1], [1, 0]], [[1, 0], [0, 1]]]
    for i in range(12):
        out.append(make(rng, rng.randint(2, 40), rng.choice((5, 100, 10000)), i % 3 != 0))
    out.append(make(rng, 12000, 10000, True))
    out.append(make(rng, 12000, 10000, False))
    out.append(make(rng, 100000, 9, True))
    out.append(make(rng, 50000, 3, True))
    out.append([[0] * 9999 + [10000], [1] * 10000])          # exactly enough, only from the last station
    out.append([[0] * 9999 + [9999], [1] * 10000])           # one unit short
    out.append([[10000] + [0] * 9999, [0] * 9999 + [10000]])
    for gas, cost in out:
        assert len(gas) == len(cost) and all(0 <= v <= 10000 for v in gas + cost)
        assert valid_starts(gas, cost) <= 1
    return out

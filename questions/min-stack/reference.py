class MinStack:

    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        smallest = val if not self.items else min(val, self.items[-1][1])
        self.items.append((val, smallest))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]


def session(rng, calls, low, high, push_share=0.5):
    """`calls` calls after the constructor, never popping or reading an empty stack."""
    names, args, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        if size == 0 or rng.random() < push_share:
            names.append("push")
            args.append([rng.randint(low, high)])
            size += 1
        else:
            name = rng.choice(("pop", "top", "getMin"))
            names.append(name)
            args.append([])
            size -= name == "pop"
    return [names, args]


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        [["MinStack", "push", "top", "getMin"], [[], [0], [], []]],
        [["MinStack", "push", "getMin", "push", "getMin"], [[], [hi], [], [lo], []]],
        [["MinStack", "push", "push", "pop", "getMin", "top"], [[], [lo], [hi], [], [], []]],
        # Decreasing pushes, then pops back up.
        [["MinStack"] + ["push"] * 4 + ["getMin", "pop"] * 4, [[]] + [[v] for v in (5, 3, 1, -1)] + [[], []] * 4],
        # Pops down to empty and pushes again.
        [["MinStack", "push", "pop", "push", "getMin", "top"], [[], [-7], [], [7], [], []]],
        [["MinStack", "push", "push", "push", "getMin", "pop", "getMin", "pop", "getMin"],
         [[], [2], [0], [0], [], [], [], [], []]],
        [["MinStack", "push", "push", "push", "top", "getMin"], [[], [1], [2], [3], [], []]],
    ]
    for _ in range(10):
        out.append(session(rng, rng.randint(5, 40), -10, 10))
    for _ in range(6):
        out.append(session(rng, rng.randint(100, 2000), lo, hi, push_share=rng.choice((0.4, 0.5, 0.6))))
    out.append(session(rng, 3 * 10**4, lo, hi))
    out.append(session(rng, 5000, -5, 5, push_share=0.7))
    out.append(session(rng, 5000, lo, hi, push_share=0.9))
    # Pushes in decreasing order, then pops with a minimum to read after each one.
    n = 3000
    out.append([["MinStack"] + ["push"] * n + ["pop", "getMin"] * (n - 1),
                [[]] + [[n - i] for i in range(n)] + [[], []] * (n - 1)])
    # Pushes in increasing order: the first one stays the minimum.
    n = 3000
    out.append([["MinStack"] + ["push", "getMin"] * n, [[]] + [x for i in range(n) for x in ([i - 7000], [])]])
    return out

class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = collections.OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: int, value: int) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)


def session(rng, capacity, calls, key_range, get_share=0.5):
    """A test of `calls` calls after the constructor on keys 0..key_range-1."""
    names, args = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = rng.randrange(key_range)
        if rng.random() < get_share:
            names.append("get")
            args.append([key])
        else:
            names.append("put")
            args.append([key, rng.randint(0, 10**5)])
    return [names, args]


def tests(rng):
    out = [
        [["LRUCache", "get"], [[1], [0]]],
        [["LRUCache", "put", "get"], [[1], [0, 0], [0]]],
        [["LRUCache", "put", "put", "get", "get"], [[1], [1, 1], [2, 2], [1], [2]]],
        # A put of an existing key refreshes it: key 1 survives, key 2 goes.
        [["LRUCache", "put", "put", "put", "put", "get", "get", "get"],
         [[2], [1, 10], [2, 20], [1, 11], [3, 30], [1], [2], [3]]],
        # A get refreshes too.
        [["LRUCache", "put", "put", "get", "put", "get", "get", "get"],
         [[2], [4, 1], [8, 2], [4], [9, 3], [4], [8], [9]]],
        # A get that misses refreshes nothing.
        [["LRUCache", "put", "put", "get", "put", "get", "get"], [[2], [1, 1], [2, 2], [3], [3, 3], [1], [2]]],
        [["LRUCache", "put", "put", "put", "get", "get", "get"], [[3], [10**4, 10**5], [0, 0], [5000, 7], [10**4], [0], [5000]]],
        # Replacing a value does not change the number of entries.
        [["LRUCache", "put", "put", "put", "put", "get", "get"], [[2], [1, 1], [1, 2], [1, 3], [2, 4], [1], [2]]],
    ]
    for capacity in (1, 2, 3, 5, 10):
        out.append(session(rng, capacity, rng.randint(10, 60), 2 * capacity + 2))
    for _ in range(8):
        capacity = rng.randint(1, 50)
        out.append(session(rng, capacity, rng.randint(50, 500), rng.randint(capacity, 3 * capacity + 5)))
    out.append(session(rng, 3000, 10**4, 10**4 + 1))
    out.append(session(rng, 3000, 10**4, 2000))               # everything fits: no eviction
    out.append(session(rng, 1, 10**4, 3))
    out.append(session(rng, 100, 10**4, 150, get_share=0.7))
    out.append(session(rng, 3000, 10**5, 10**4 + 1))          # many calls, the most keys
    out.append(session(rng, 1500, 10**4, 2000, get_share=0.8))
    # Only puts, then only gets.
    names = ["LRUCache"] + ["put"] * 4000 + ["get"] * 4000
    args = [[3000]] + [[k, k * 7 % 100001] for k in range(4000)] + [[k] for k in range(4000)]
    out.append([names, args])
    return out

class BSTIterator:

    def __init__(self, root: Optional[TreeNode]):
        self.stack = []
        self.descend(root)

    def descend(self, node):
        while node:
            self.stack.append(node)
            node = node.left

    def next(self) -> int:
        node = self.stack.pop()
        self.descend(node.right)
        return node.val

    def hasNext(self) -> bool:
        return bool(self.stack)


def level_order(values, children):
    """The level-order list (trailing nulls dropped) of the tree whose root is values[0]'s key,
    given as children[key] = (left key or None, right key or None)."""
    out, queue, i = [], collections.deque([values[0]]), 0
    while queue:
        key = queue.popleft()
        if key is None:
            out.append(None)
            continue
        out.append(key)
        left, right = children.get(key, (None, None))
        queue.append(left)
        queue.append(right)
    while out and out[-1] is None:
        out.pop()
    return out


def bst(keys):
    """The search tree made by inserting `keys` in this order, in level order."""
    children = {keys[0]: [None, None]}
    for key in keys[1:]:
        node = keys[0]
        while True:
            side = 0 if key < node else 1
            child = children[node][side]
            if child is None:
                children[node][side] = key
                children[key] = [None, None]
                break
            node = child
    return level_order(keys, children)


def balanced(keys):
    """The order of `keys` (sorted) that builds a balanced tree: middle first, level by level."""
    order, queue = [], collections.deque([(0, len(keys) - 1)])
    while queue:
        low, high = queue.popleft()
        if low > high:
            continue
        middle = (low + high) // 2
        order.append(keys[middle])
        queue.append((low, middle - 1))
        queue.append((middle + 1, high))
    return order


def session(rng, tree, size, calls, next_share=0.6):
    """Calls after the constructor: hasNext any time, next only while a value is left."""
    names, args, left = ["BSTIterator"], [[tree]], size
    for _ in range(calls):
        if left and rng.random() < next_share:
            names.append("next")
            left -= 1
        else:
            names.append("hasNext")
        args.append([])
    return [names, args]


def full_walk(tree, size):
    """next() through every value, each one preceded by hasNext(), and a last hasNext()."""
    return [["BSTIterator"] + ["hasNext", "next"] * size + ["hasNext"], [[tree]] + [[]] * (2 * size + 1)]


def tests(rng):
    out = [
        full_walk([0], 1),
        full_walk([10**6], 1),
        [["BSTIterator", "next"], [[[2, 1, 3]], []]],
        full_walk([2, 1, 3], 3),
        full_walk([5, 4, None, 3, None, 2, None, 1], 5),                 # left chain
        full_walk([1, None, 2, None, 3, None, 4, None, 5], 5),           # right chain
        full_walk([4, 2, 6, 1, 3, 5, 7], 7),
        full_walk([10, 5, None, None, 8, 6], 4),                          # zig-zag
        [["BSTIterator", "hasNext", "hasNext", "hasNext"], [[[3, 1]], [], [], []]],
    ]
    for n in (2, 3, 5, 8, 13, 20):
        keys = rng.sample(range(10**6 + 1), n)
        out.append(full_walk(bst(keys), n))
    for _ in range(6):
        n = rng.randint(20, 500)
        keys = rng.sample(range(10**6 + 1), n)
        out.append(session(rng, bst(keys), n, rng.randint(n // 2, 2 * n)))
    # Random insertion order: about 40 levels for 10^5 nodes.
    keys = rng.sample(range(10**6 + 1), 10**5)
    out.append(session(rng, bst(keys), 10**5, 10**5, next_share=0.9))
    keys = rng.sample(range(10**6 + 1), 5000)
    out.append(session(rng, bst(keys), 5000, 10**4, next_share=0.5))
    keys = rng.sample(range(10**6 + 1), 2000)
    out.append(full_walk(bst(keys), 2000))
    # Balanced, the whole walk with next() only.
    keys = sorted(rng.sample(range(10**6 + 1), 10**4))
    out.append([["BSTIterator"] + ["next"] * (10**4 - 1), [[bst(balanced(keys))]] + [[]] * (10**4 - 1)])
    # Long chains: sorted and reverse-sorted insertions.
    out.append(full_walk(bst(list(range(3000))), 3000))
    out.append(full_walk(bst(list(range(10**6, 10**6 - 3000, -1))), 3000))
    # Only hasNext on a big tree.
    keys = rng.sample(range(10**6 + 1), 1000)
    out.append([["BSTIterator"] + ["hasNext"] * 1000, [[bst(keys)]] + [[]] * 1000])
    return out

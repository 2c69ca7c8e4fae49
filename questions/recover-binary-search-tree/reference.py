class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        """
        Do not return anything, modify root in-place instead.
        """
        first = second = previous = None
        node = root
        while node:                     # Morris in-order traversal
            if node.left:
                last = node.left
                while last.right and last.right is not node:
                    last = last.right
                if last.right is None:
                    last.right = node
                    node = node.left
                    continue
                last.right = None
            if previous and previous.val > node.val:
                if first is None:
                    first = previous
                second = node
            previous = node
            node = node.right
        first.val, second.val = second.val, first.val


def random_shape(rng, n):
    """A random binary tree shape of n nodes: for each node, the sizes of its subtrees."""
    import sys
    sys.setrecursionlimit(10000)

    def build(size):
        if size == 0:
            return None
        left = rng.randint(0, size - 1)
        return [build(left), build(size - 1 - left)]
    return build(n)


def chain_shape(n, side):
    shape = None
    for _ in range(n):
        shape = [shape, None] if side == 0 else [None, shape]
    return shape


def level_order(shape, values):
    """The shape filled in order with the values; the tree in level order."""
    from collections import deque
    nodes, stack, current = [], [], shape
    while stack or current is not None:
        while current is not None:
            stack.append(current)
            current = current[0]
        current = stack.pop()
        nodes.append(current)
        current = current[1]
    value_of = {id(n): v for n, v in zip(nodes, values)}
    out, queue = [], deque([shape])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
        else:
            out.append(value_of[id(node)])
            queue.append(node[0])
            queue.append(node[1])
    while out and out[-1] is None:
        out.pop()
    return out


def distinct_sorted(rng, n, low, high):
    return sorted(rng.sample(range(low, high + 1), n))


def broken(rng, shape, values, i=None, j=None):
    """The shape filled with the sorted values, then values i and j (in-order positions) swapped."""
    n = len(values)
    if i is None:
        i, j = rng.sample(range(n), 2)
    values = list(values)
    values[i], values[j] = values[j], values[i]
    return [level_order(shape, values)]


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        broken(rng, random_shape(rng, 2), [1, 2], 0, 1),
        broken(rng, chain_shape(2, 0), [1, 2], 0, 1),
        broken(rng, chain_shape(2, 1), [lo, hi], 0, 1),
        broken(rng, random_shape(rng, 3), [1, 2, 3], 0, 2),
        broken(rng, chain_shape(3, 0), [1, 2, 3], 0, 1),
        broken(rng, chain_shape(3, 1), [1, 2, 3], 1, 2),
        broken(rng, random_shape(rng, 7), [lo, lo + 1, 0, 1, 2, hi - 1, hi], 0, 6),
        broken(rng, random_shape(rng, 10), list(range(10)), 4, 5),   # adjacent in order
        broken(rng, random_shape(rng, 10), list(range(10)), 0, 9),
    ]
    for n in range(4, 16):
        out.append(broken(rng, random_shape(rng, n), distinct_sorted(rng, n, -50, 50)))
    for _ in range(6):
        n = rng.randint(16, 300)
        out.append(broken(rng, random_shape(rng, n), distinct_sorted(rng, n, lo, hi)))
    for _ in range(3):
        out.append(broken(rng, random_shape(rng, 1000), distinct_sorted(rng, 1000, lo, hi)))
    out.append(broken(rng, chain_shape(1000, 0), distinct_sorted(rng, 1000, lo, hi)))
    out.append(broken(rng, chain_shape(1000, 1), distinct_sorted(rng, 1000, lo, hi), 0, 999))
    out.append(broken(rng, random_shape(rng, 1000), list(range(1000)), 499, 500))
    return out

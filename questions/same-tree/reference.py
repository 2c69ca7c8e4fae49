class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            stack += [(a.left, b.left), (a.right, b.right)]
        return True


class Shape:
    """A tree for making tests: value, left, right (None for no child)."""

    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def level_order(root):
    """LeetCode's way of writing a tree: level order, null for a missing child, no trailing nulls."""
    out, queue, i = [], [root] if root else [], 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def random_shape(rng, n, value):
    """A random tree of n nodes (values from value()), built top down with random splits."""
    if n == 0:
        return None
    root = Shape(value())
    todo = [(root, n - 1)]
    while todo:
        node, rest = todo.pop()
        left = rng.randint(0, rest)
        if left:
            node.left = Shape(value())
            todo.append((node.left, left - 1))
        if rest - left:
            node.right = Shape(value())
            todo.append((node.right, rest - left - 1))
    return root


def nodes(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node:
            out.append(node)
            stack += [node.left, node.right]
    return out


def copy_shape(root):
    return None if root is None else Shape(root.val, copy_shape(root.left), copy_shape(root.right))


def tests(rng):
    big = 10**4
    out = [[[], []], [[1], []], [[], [1]], [[1], [1]], [[1], [2]], [[big], [big]], [[-big], [big]],
           [[1, 2], [1, None, 2]], [[1, 2, 3], [1, 2, 3]], [[1, 2, 1], [1, 1, 2]], [[0, None, 0], [0, None, 0]],
           [[1, None, 2, 3], [1, None, 2, None, 3]]]
    value = lambda: rng.randint(-big, big)
    small = lambda: rng.randint(0, 3)
    for _ in range(8):                                   # copies: true
        root = random_shape(rng, rng.randint(1, 100), rng.choice((value, small)))
        out.append([level_order(root), level_order(copy_shape(root))])
    for _ in range(5):                                   # one value changed
        root = random_shape(rng, rng.randint(1, 100), small)
        other = copy_shape(root)
        node = rng.choice(nodes(other))
        node.val += rng.choice((-1, 1))
        out.append([level_order(root), level_order(other)])
    for _ in range(5):                                   # one leaf more or less
        root = random_shape(rng, rng.randint(1, 99), small)
        other = copy_shape(root)
        free = [n for n in nodes(other) if n.left is None or n.right is None]
        node = rng.choice(free)
        if node.left is None:
            node.left = Shape(node.val)
        else:
            node.right = Shape(node.val)
        out.append([level_order(root), level_order(other)] if rng.random() < 0.5 else [level_order(other), level_order(root)])
    for _ in range(2):                                   # unrelated
        out.append([level_order(random_shape(rng, rng.randint(0, 100), small)),
                    level_order(random_shape(rng, rng.randint(0, 100), small))])
    root = random_shape(rng, 100, value)
    out.append([level_order(root), level_order(copy_shape(root))])
    chain = [0]
    for i in range(1, 100):
        chain += [None, i]
    out.append([chain, chain])
    out.append([chain, chain[:-1] + [100]])
    return out

class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        stack = [(root.left, root.right)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            stack += [(a.left, b.right), (a.right, b.left)]
        return True


import copy


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


def mirror(root):
    return None if root is None else Shape(root.val, mirror(root.right), mirror(root.left))


def symmetric(rng, half, value):
    """A symmetric tree of 1 + 2 * half nodes."""
    side = random_shape(rng, half, value)
    return Shape(value(), side, mirror(side))


def tests(rng):
    out = [[[1]], [[-100]], [[1, 2]], [[1, None, 2]], [[1, 2, 2]], [[1, 2, 3]], [[1, 2, 2, 3, 4, 4, 3]],
           [[1, 2, 2, None, 3, None, 3]], [[1, 2, 2, 2, None, 2]], [[0, -100, -100, 100, None, None, 100]],
           [[5, 4, 4, None, 1, 1, None, 2, None, None, 2]], [[1, 0, 0, None, 0, None, 0]]]
    value = lambda: rng.randint(-100, 100)
    small = lambda: rng.randint(0, 2)
    for _ in range(8):                                   # symmetric
        out.append([level_order(symmetric(rng, rng.randint(1, 100), rng.choice((value, small))))])
    for _ in range(5):                                   # one value changed
        root = symmetric(rng, rng.randint(1, 100), small)
        node = rng.choice(nodes(root.left if rng.random() < 0.5 else root.right))
        node.val = node.val + 1
        out.append([level_order(root)])
    for _ in range(4):                                   # one leaf added on one side
        root = symmetric(rng, rng.randint(1, 100), small)
        node = rng.choice([n for n in nodes(root.right) if n.left is None or n.right is None])
        if node.left is None:
            node.left = Shape(0)
        else:
            node.right = Shape(0)
        out.append([level_order(root)])
    for _ in range(2):                                   # the same subtree on both sides, not mirrored
        side = random_shape(rng, rng.randint(2, 50), small)
        out.append([level_order(Shape(1, side, copy.deepcopy(side)))])
    out.append([level_order(symmetric(rng, 499, value))])
    out.append([level_order(symmetric(rng, 499, lambda: 7))])
    root = symmetric(rng, 499, small)
    rng.choice(nodes(root.right)).val = 100
    out.append([level_order(root)])
    # two long chains going outwards: the deepest symmetric tree
    chain_tree = Shape(0)
    a, b = chain_tree, chain_tree
    for i in range(1, 500):
        a.left = Shape(i % 201 - 100)
        b.right = Shape(i % 201 - 100)
        a, b = a.left, b.right
    out.append([level_order(chain_tree)])
    b.right = Shape(1)                                   # and one node more on the right
    out.append([level_order(chain_tree)])
    return out

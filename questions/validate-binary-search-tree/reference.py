class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack, node, previous = [], root, None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous = node.val
            node = node.right
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


def inorder(root):
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node)
        node = node.right
    return out


def bst(rng, n, low=-2**31, high=2**31 - 1, values=None):
    """A random valid search tree of n nodes."""
    root = random_shape(rng, n, lambda: 0)
    values = values or sorted(rng.sample(range(low, high + 1), n))
    for node, value in zip(inorder(root), values):
        node.val = value
    return root


def chain(values, side):
    out = [values[0]]
    for v in values[1:]:
        out += [v, None] if side == "left" else [None, v]
    while out and out[-1] is None:
        out.pop()
    return out


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [[[0]], [[lo]], [[hi]], [[hi, lo]], [[lo, None, hi]], [[hi, None, lo]], [[lo, hi]], [[lo, lo]],
           [[hi, None, hi]], [[2, 1, 3]], [[5, 1, 4, None, None, 3, 6]], [[5, 4, 6, None, None, 3, 7]],
           [[1, 1]], [[1, None, 1]], [[3, 1, 5, 0, 2, 4, 6, None, None, None, 3]], [[0, None, -1]],
           [[hi, lo, None, None, hi - 1]], [[lo, None, hi, lo + 1]]]
    for _ in range(6):                                   # valid
        out.append([level_order(bst(rng, rng.randint(2, 60), -100, 100))])
    for _ in range(6):                                   # one value changed: mostly invalid
        root = bst(rng, rng.randint(3, 60), -100, 100)
        rng.choice(inorder(root)).val = rng.randint(-100, 100)
        out.append([level_order(root)])
    for _ in range(3):                                   # two values swapped: invalid
        root = bst(rng, rng.randint(3, 60), -100, 100)
        a, b = rng.sample(inorder(root), 2)
        a.val, b.val = b.val, a.val
        out.append([level_order(root)])
    out.append([level_order(bst(rng, 10**4))])
    root = bst(rng, 10**4)
    nodes = inorder(root)
    nodes[7000].val = nodes[7001].val                    # one duplicate deep inside
    out.append([level_order(root)])
    out.append([chain(list(range(10**4, 0, -1)), "left")])
    out.append([chain(list(range(lo, lo + 10**4)), "right")])
    values = list(range(hi - 10**4 + 1, hi + 1))
    values[-1], values[-2] = values[-2], values[-1]
    out.append([chain(values, "right")])
    return out

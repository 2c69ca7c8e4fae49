class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        out, level = [], [root] if root else []
        while level:
            values = [node.val for node in level]
            out.append(values if len(out) % 2 == 0 else values[::-1])
            level = [child for node in level for child in (node.left, node.right) if child]
        return out


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


def tests(rng):
    out = [[[]], [[1]], [[1, 2]], [[1, None, 2]], [[3, 9, 20, None, None, 15, 7]], [[1, 2, 3, 4, None, None, 5]],
           [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]], [[0, 1, None, 2, None, 3, None, 4]],
           [[-100, 100, -100, 100]]]
    value = lambda: rng.randint(-100, 100)
    for _ in range(18):
        out.append([level_order(random_shape(rng, rng.randint(1, 300), value))])
    out.append([level_order(random_shape(rng, 2000, value))])
    out.append([[value() for _ in range(2000)]])
    out.append([[value() for _ in range(1999)]])
    chain = [0]
    for i in range(1, 2000):
        chain += [None, i % 201 - 100]
    out.append([chain])
    return out

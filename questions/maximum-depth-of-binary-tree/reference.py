class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth, level = 0, [root] if root else []
        while level:
            depth += 1
            level = [child for node in level for child in (node.left, node.right) if child]
        return depth


def random_tree(rng, n, lo=-100, hi=100):
    """A random binary tree of n nodes in level order."""
    if n == 0:
        return []
    out, slots, made = [rng.randint(lo, hi)], 2, 1
    while made < n and slots > 0:
        if rng.random() < 0.7:
            out.append(rng.randint(lo, hi))
            made += 1
            slots += 1
        else:
            out.append(None)
            slots -= 1
    return trim(out)


def trim(values):
    while values and values[-1] is None:
        values.pop()
    return values


def chain(n, side):
    """A tree that is one long path down `side` ('left' or 'right')."""
    out = [0]
    for i in range(1, n):
        out += [i % 100, None] if side == "left" else [None, i % 100]
    return trim(out)


def tests(rng):
    out = [[[1]], [[1, 2]], [[1, None, 2, None, 3]], [[3, 9, 20, None, None, 15, 7]], [[0, 0, 0, 0, 0, 0, 0]]]
    for _ in range(20):
        out.append([random_tree(rng, rng.randint(0, 200))])
    out.append([random_tree(rng, 10**4)])
    out.append([chain(1000, "left")])
    out.append([chain(1000, "right")])
    out.append([[rng.randint(-100, 100) for _ in range(10**4)]])
    out.append([random_tree(rng, 5000)])
    return out

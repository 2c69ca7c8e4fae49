class Solution:
    def postorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        # root, right, left with a stack, then reversed: left, right, root
        out, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            out.append(node.val)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return out[::-1]


def random_tree(rng, n, low=-100, high=100, p=0.7):
    if n == 0:
        return []
    out, slots, made = [rng.randint(low, high)], 2, 1
    while made < n and slots > 0:
        if rng.random() < p:
            out.append(rng.randint(low, high))
            made += 1
            slots += 1
        else:
            out.append(None)
            slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def chain(values, side):
    """A tree where every node has only a left (side 0) or only a right (side 1) child."""
    out = values[:1]
    for v in values[1:]:
        out += [v, None] if side == 0 else [None, v]
    while out and out[-1] is None:
        out.pop()
    return out


def tests(rng):
    out = [[[]], [[0]], [[-100]], [[100]], [[1, 2]], [[1, None, 2]], [[1, 2, 3]], [[1, None, 2, 3]],
           [[3, 9, 20, None, None, 15, 7]], [[1, 2, 3, 4, 5, None, 8, None, None, 6, 7, 9]], [[5, 5, 5, 5, 5]]]
    for _ in range(16):
        out.append([random_tree(rng, rng.randint(0, 100))])
    out.append([chain(list(range(-50, 50)), 0)])
    out.append([chain(list(range(100, 0, -1)), 1)])
    out.append([[rng.randint(-100, 100) for _ in range(100)]])
    out.append([random_tree(rng, 100, p=0.9)])
    zig = [0]
    for i in range(1, 100):
        zig += [i, None] if i % 2 else [None, i]
    out.append([zig])
    return out

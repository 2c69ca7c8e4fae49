class Solution:
    def flatten(self, root: Optional[TreeNode]) -> None:
        """
        Do not return anything, modify root in-place instead.
        """
        node = root
        while node:
            if node.left:
                last = node.left
                while last.right:
                    last = last.right
                last.right = node.right
                node.right, node.left = node.left, None
            node = node.right


def random_tree(rng, n, low=-100, high=100):
    """A random shape of n nodes, in level order."""
    if n == 0:
        return []
    values = [rng.randint(low, high) for _ in range(n)]
    out = [values[0]]
    open_slots = 2
    placed = 1
    while placed < n:
        if rng.random() < 0.7 or open_slots == 1 and placed < n:
            out.append(values[placed])
            placed += 1
            open_slots += 1
        else:
            out.append(None)
            open_slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def chain(values, side):
    """A tree whose nodes each have one child, on the given side ('left' or 'right')."""
    out = values[:1]
    for v in values[1:]:
        out += [v, None] if side == "left" else [None, v]
    while out and out[-1] is None:
        out.pop()
    return out


def tests(rng):
    out = [
        [[]],
        [[0]],
        [[1, 2]],
        [[1, None, 2]],
        [[1, 2, 3]],
        [[1, 2, 5, 3, 4, None, 6]],
        [[-100, 100, -100]],
        [[4, 4, 4, 4, 4, 4, 4]],
        [chain(list(range(1, 11)), "left")],
        [chain(list(range(1, 11)), "right")],
        [list(range(1, 16))],
    ]
    for n in range(3, 15):
        out.append([random_tree(rng, n)])
    for _ in range(6):
        out.append([random_tree(rng, rng.randint(15, 300))])
    for _ in range(3):
        out.append([random_tree(rng, 2000)])
    out.append([chain([rng.randint(-100, 100) for _ in range(2000)], "left")])
    out.append([chain([rng.randint(-100, 100) for _ in range(2000)], "right")])
    out.append([[(i % 201) - 100 for i in range(2000)]])
    return out

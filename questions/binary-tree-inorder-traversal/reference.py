class Solution:
    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        out, stack, node = [], [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.val)
            node = node.right
        return out


def random_tree(rng, n, low=-100, high=100):
    if n == 0:
        return []
    out, slots, made = [rng.randint(low, high)], 2, 1
    while made < n and slots > 0:
        if rng.random() < 0.7:
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
    out = [values[0]]
    for v in values[1:]:
        out += [v, None] if side == "left" else [None, v]
    while out and out[-1] is None:
        out.pop()
    return out


def tests(rng):
    out = [[[]], [[1]], [[-100]], [[1, None, 2, 3]], [[1, 2]], [[1, None, 2]], [[2, 1, 3]],
           [[1, 2, 3, 4, 5, None, 8, None, None, 6, 7, 9]], [[0, 0, 0]]]
    for _ in range(18):
        out.append([random_tree(rng, rng.randint(1, 60))])
    out.append([random_tree(rng, 100)])
    out.append([[rng.randint(-100, 100) for _ in range(100)]])
    out.append([chain(list(range(-50, 50)), "left")])
    out.append([chain(list(range(100, 0, -1)), "right")])
    return out

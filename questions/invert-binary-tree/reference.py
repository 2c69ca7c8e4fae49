class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        stack = [root]
        while stack:
            node = stack.pop()
            if node:
                node.left, node.right = node.right, node.left
                stack += [node.left, node.right]
        return root


def random_tree(rng, n):
    if n == 0:
        return []
    out, slots, made = [rng.randint(-100, 100)], 2, 1
    while made < n and slots > 0:
        if rng.random() < 0.75:
            out.append(rng.randint(-100, 100))
            made += 1
            slots += 1
        else:
            out.append(None)
            slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def tests(rng):
    out = [[[1]], [[2, 1, 3]], [[1, None, 2]], [[4, 2, 7, 1, 3, 6, 9]], [[0, 0, None, 0, None, 0]]]
    for _ in range(22):
        out.append([random_tree(rng, rng.randint(0, 100))])
    out.append([random_tree(rng, 100)])
    out.append([list(range(100))])
    out.append([[0, None, 1, None, 2, None, 3, None, 4]])
    return out

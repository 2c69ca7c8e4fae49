class Solution:
    def minDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        level, depth = [root], 1
        while True:
            for node in level:
                if node.left is None and node.right is None:
                    return depth
            level = [child for node in level for child in (node.left, node.right) if child]
            depth += 1


def random_tree(rng, n, grow=0.7, low=-1000, high=1000):
    if n == 0:
        return []
    out, slots, made = [rng.randint(low, high)], 2, 1
    while made < n and slots > 0:
        if rng.random() < grow:
            out.append(rng.randint(low, high))
            made += 1
            slots += 1
        else:
            out.append(None)
            slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def chain(rng, n, side, low=-1000, high=1000):
    out = [rng.randint(low, high)]
    for _ in range(n - 1):
        out += [rng.randint(low, high), None] if side == 0 else [None, rng.randint(low, high)]
    while out[-1] is None:
        out.pop()
    return out


def tests(rng):
    out = [
        [[]],
        [[1]],
        [[-1000]],
        [[1, 2]],
        [[1, None, 2]],
        [[1, 2, 3]],
        [[3, 9, 20, None, None, 15, 7]],
        [[2, None, 3, None, 4, None, 5, None, 6]],
        [[1, 2, 3, 4, 5]],
        [[1, 2, 3, 4, None, None, 5]],
        [[1, 2, None, 3, None, 4]],
        [[1000, 1000, 1000, None, 1000, 1000, None, None, 1000, 1000]],
        [chain(rng, 10, 0)],
        [chain(rng, 10, 1)],
    ]
    for _ in range(16):
        out.append([random_tree(rng, rng.randint(1, 500), rng.choice([0.55, 0.7, 0.9]))])
    for _ in range(3):
        out.append([random_tree(rng, rng.randint(2000, 5000), 0.95)])
    out.append([[rng.randint(0, 9) for _ in range(10**5)]])             # complete tree, 10^5 nodes
    out.append([chain(rng, 50000, 1, 0, 9)])                             # a long right spine
    out.append([[rng.randint(0, 9) for _ in range(2**15 - 1)]])          # perfect tree: every leaf at depth 15
    # the root's right child is the only shallow leaf; the left subtree is deep and full
    out.append([[1, 2, 3] + [rng.randint(0, 9) for _ in range(2)] + [None, None] + [rng.randint(0, 9) for _ in range(4000)]])
    return out

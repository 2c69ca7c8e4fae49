class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        stack = [(root, 0)] if root else []
        while stack:
            node, total = stack.pop()
            total += node.val
            if node.left is None and node.right is None and total == targetSum:
                return True
            for child in (node.left, node.right):
                if child:
                    stack.append((child, total))
        return False


def random_tree(rng, n, low=-1000, high=1000, grow=0.7):
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


def leaf_sums(values):
    """Every root-to-leaf sum of a level-order tree."""
    if not values:
        return []
    nodes = [[values[0], None, None, values[0]]]
    queue, i, head = [nodes[0]], 1, 0
    while i < len(values):
        parent = queue[head]
        head += 1
        for side in (1, 2):
            if i < len(values) and values[i] is not None:
                child = [values[i], None, None, parent[3] + values[i]]
                parent[side] = child
                queue.append(child)
            i += 1
    return [node[3] for node in queue if node[1] is None and node[2] is None]


def with_target(rng, values, hit):
    sums = [s for s in leaf_sums(values) if -1000 <= s <= 1000]
    if hit and sums:
        return [values, rng.choice(sums)]
    missing = set(leaf_sums(values))
    while True:
        target = rng.randint(-1000, 1000)
        if target not in missing:
            return [values, target]


def tests(rng):
    out = [
        [[], 0],
        [[], 5],
        [[1], 1],
        [[1], -1],
        [[-1000], -1000],
        [[1000], 1000],
        [[1, 2], 1],
        [[1, 2], 3],
        [[1, None, 2], 3],
        [[1, 2, 3], 4],
        [[1, 2, 3], 5],
        [[5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1], 22],
        [[-2, None, -3], -5],
        [[0, 0, 0, 0, None, None, 0], 0],
        [[1000, 1000, -1000, -1000, None, None, 1000], 1000],
        [[1, -2, -3, 1, 3, -2, None, -1], -1],
    ]
    for k in range(14):
        n = rng.randint(2, 300)
        out.append(with_target(rng, random_tree(rng, n, -100 if k % 2 else -20, 100 if k % 2 else 20), k % 3 != 0))
    out.append(with_target(rng, random_tree(rng, 5000, -10, 10, 0.9), True))
    out.append(with_target(rng, random_tree(rng, 5000, -10, 10, 0.9), False))
    out.append(with_target(rng, [rng.randint(-50, 50) for _ in range(5000)], True))
    chain = [rng.choice([-1, 1])]
    for _ in range(4999):
        chain += [None, rng.choice([-1, 0, 1])]
    out.append([chain, sum(v for v in chain if v is not None)])    # the only leaf is 5000 nodes deep
    left = [0]
    for _ in range(4999):
        left += [0, None]
    while left[-1] is None:
        left.pop()
    out.append([left, 0])
    out.append([left, 1])
    return out

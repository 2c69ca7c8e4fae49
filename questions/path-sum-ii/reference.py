class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        out, path = [], []
        stack = [(root, 0, 0)] if root else []     # node, depth, sum above it
        while stack:
            node, depth, total = stack.pop()
            del path[depth:]
            path.append(node.val)
            total += node.val
            if node.left is None and node.right is None:
                if total == targetSum:
                    out.append(list(path))
                continue
            for child in (node.right, node.left):
                if child:
                    stack.append((child, depth + 1, total))
        return out


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
    sums = leaf_sums(values)
    if hit:
        inside = [s for s in sums if -1000 <= s <= 1000]
        if inside:
            return [values, collections.Counter(inside).most_common(1)[0][0] if rng.random() < 0.5 else rng.choice(inside)]
    while True:
        target = rng.randint(-1000, 1000)
        if target not in sums:
            return [values, target]


def tests(rng):
    out = [
        [[], 0],
        [[], -7],
        [[1], 1],
        [[1], 2],
        [[-1000], -1000],
        [[1000], 1000],
        [[1, 2], 1],
        [[1, 2], 3],
        [[1, None, 2], 3],
        [[1, 2, 3], 4],
        [[1, 2, 2], 3],
        [[5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1], 22],
        [[-2, None, -3], -5],
        [[0, 0, 0, 0, 0, 0, 0], 0],
        [[1, -2, -3, 1, 3, -2, None, -1], -1],
        [[1000, -1000, 1000, 1000, -1000, -1000, 1000], 1000],
    ]
    for k in range(12):
        n = rng.randint(2, 300)
        span = [3, 20, 100][k % 3]
        out.append(with_target(rng, random_tree(rng, n, -span, span), k % 4 != 0))
    out.append([[0] * 4095, 0])                                          # every one of 2048 paths
    out.append(with_target(rng, [rng.randint(-1, 1) for _ in range(5000)], True))
    out.append(with_target(rng, random_tree(rng, 5000, -3, 3, 0.9), True))
    out.append(with_target(rng, random_tree(rng, 5000, -3, 3, 0.9), False))
    chain = [rng.choice([-1, 1])]
    for _ in range(4999):
        chain += [None, rng.choice([-1, 0, 1])]
    out.append([chain, sum(v for v in chain if v is not None)])          # one path 5000 nodes long
    return out

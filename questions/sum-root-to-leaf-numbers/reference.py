class Solution:
    def sumNumbers(self, root: Optional[TreeNode]) -> int:
        total = 0
        stack = [(root, 0)]
        while stack:
            node, value = stack.pop()
            value = value * 10 + node.val
            if not node.left and not node.right:
                total += value
            if node.left:
                stack.append((node.left, value))
            if node.right:
                stack.append((node.right, value))
        return total


def level_order(nodes):
    """nodes: dict position -> value on a heap layout (children of i are 2i+1, 2i+2); to level order."""
    # Build explicit tree then serialize.
    if not nodes:
        return []
    out, queue = [], [0]
    while queue:
        nxt = []
        for i in queue:
            if i is None or i not in nodes:
                out.append(None)
            else:
                out.append(nodes[i])
                nxt += [2 * i + 1, 2 * i + 2]
        queue = nxt
    while out and out[-1] is None:
        out.pop()
    return out


def path_sum(nodes):
    total = 0
    for i, v in nodes.items():
        if 2 * i + 1 not in nodes and 2 * i + 2 not in nodes:
            value, j, place = 0, i, 1
            while True:
                value += nodes[j] * place
                place *= 10
                if j == 0:
                    break
                j = (j - 1) // 2
            total += value
    return total


def fit(nodes):
    """Zeroes the top levels until the sum fits in a 32-bit signed integer, as LeetCode guarantees."""
    level_end = 1
    while path_sum(nodes) > 2**31 - 1:
        for i in range(level_end):
            if i in nodes:
                nodes[i] = 0
        level_end = 2 * level_end + 1
    return level_order(nodes)


def random_tree(rng, n, max_depth=10, p=0.7):
    nodes = {0: rng.randint(0, 9)}
    frontier = [(0, 1)]
    while len(nodes) < n and frontier:
        k = rng.randrange(len(frontier))
        i, depth = frontier[k]
        frontier[k] = frontier[-1]
        frontier.pop()
        for child in (2 * i + 1, 2 * i + 2):
            if len(nodes) < n and depth < max_depth and rng.random() < p:
                nodes[child] = rng.randint(0, 9)
                frontier.append((child, depth + 1))
    return fit(nodes)


def tests(rng):
    out = [[[0]], [[9]], [[1, 0]], [[1, None, 0]], [[0, 0, 0]], [[4, 9, 0, 5, 1]], [[1, 2, 3]],
           [[9, 9, 9, 9, 9, 9, 9]]]
    # the deepest single path: ten digits, 1999999999 fits
    chain = {0: 1}
    i = 0
    for _ in range(9):
        i = 2 * i + 2
        chain[i] = 9
    out.append([level_order(chain)])
    chain = {0: 2}
    i = 0
    for d in range(9):
        i = 2 * i + 1
        chain[i] = d % 10
    out.append([level_order(chain)])
    # two ten-digit paths whose sum is exactly 2^31 - 1 = 2147483647: 1073741823 + 1073741824
    a, b = "1073741823", "1073741824"
    both = {0: 1}
    i = 0
    for k in range(1, 10):
        i = 2 * i + 1
        both[i] = int(a[k]) if k < 9 else 0
    both[i] = int(a[9])
    j = (i - 1) // 2
    both[2 * j + 2] = int(b[9])
    out.append([level_order(both)])
    for _ in range(14):
        out.append([random_tree(rng, rng.randint(1, 60))])
    out.append([fit({i: rng.randint(0, 9) for i in range(1000)})])
    for _ in range(3):
        out.append([random_tree(rng, 1000, p=0.95)])
    out.append([level_order({i: 0 for i in range(1000)})])
    out.append([random_tree(rng, 1000, p=0.9)])
    return out

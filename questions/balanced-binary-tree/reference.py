class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        height = {None: 0}
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            if node is None:
                continue
            if done:
                left, right = height[node.left], height[node.right]
                if abs(left - right) > 1:
                    return False
                height[node] = max(left, right) + 1
            else:
                stack += [(node, True), (node.right, False), (node.left, False)]
        return True


def value(rng):
    return rng.randint(-10**4, 10**4)


def level_order(root):
    """root: nested [val, left, right] or None -> LeetCode's level-order list."""
    out, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
        else:
            out.append(node[0])
            queue += [node[1], node[2]]
    while out and out[-1] is None:
        out.pop()
    return out


def balanced(rng, height, budget):
    """A random height-balanced tree of exactly that height (budget: a cap on the nodes, as a list)."""
    if height == 0:
        return None
    if height == 1:
        return [value(rng), None, None]
    low = height - 2 if budget[0] < 1 or rng.random() < 0.5 else height - 1
    budget[0] -= 1
    left, right = height - 1, low
    if rng.random() < 0.5:
        left, right = right, left
    return [value(rng), balanced(rng, left, budget), balanced(rng, right, budget)]


def random_tree(rng, n):
    if n == 0:
        return []
    out, slots, made = [value(rng)], 2, 1
    while made < n and slots > 0:
        if rng.random() < 0.7:
            out.append(value(rng))
            made += 1
            slots += 1
        else:
            out.append(None)
            slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def deepen(rng, node):
    """Walk down a random path to a leaf and hang a two-node chain under it (usually unbalances)."""
    cur = node
    while cur[1] is not None or cur[2] is not None:
        kids = [k for k in (cur[1], cur[2]) if k is not None]
        cur = rng.choice(kids)
    cur[1] = [value(rng), [value(rng), None, None], None]
    return node


def tests(rng):
    out = [
        [[]],
        [[1]],
        [[1, 2]],
        [[1, None, 2]],
        [[1, 2, None, 3]],
        [[1, None, 2, None, 3]],
        [[1, 2, 3, 4]],
        [[1, 2, 2, 3, 3, None, None, 4, 4]],
        [[1, 2, 2, 3, None, None, 3, 4, None, None, 4]],
        [[3, 9, 20, None, None, 15, 7]],
        [[10000, -10000, 10000, -10000, None, None, 10000]],
        [[1, 2, 3, 4, 5, 6, None, 8]],
    ]
    for h in range(2, 12):
        out.append([level_order(balanced(rng, h, [rng.randint(0, 200)]))])
    for h in range(3, 10):
        out.append([level_order(deepen(rng, balanced(rng, h, [rng.randint(0, 50)])))])
    for _ in range(6):
        out.append([random_tree(rng, rng.randint(1, 200))])
    out.append([[value(rng) for _ in range(5000)]])          # complete: balanced
    out.append([[value(rng) for _ in range(4095)]])          # perfect: balanced
    minimal = balanced(rng, 17, [0])                         # 4180 nodes, every inner node leans
    out.append([level_order(minimal)])
    out.append([level_order(balanced(rng, 12, [10**6]))])    # up to 4095 nodes
    out.append([level_order(deepen(rng, balanced(rng, 12, [1500])))])
    chain = [1]
    for i in range(4999):
        chain += [None, value(rng)]
    out.append([chain])
    out.append([random_tree(rng, 5000)])
    # a perfect tree of 4095 nodes with one extra leaf: still balanced
    out.append([[value(rng) for _ in range(4096)]])
    return out

class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val
        down = {None: 0}            # the best sum of a path going down from a node (0: take nothing)
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            if done:
                left, right = down[node.left], down[node.right]
                best = max(best, node.val + left + right)
                down[node] = max(0, node.val + max(left, right))
            else:
                stack.append((node, True))
                for child in (node.right, node.left):
                    if child:
                        stack.append((child, False))
        return best


def random_tree(rng, n, low=-1000, high=1000, grow=0.7):
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


def tests(rng):
    out = [
        [[1]],
        [[-1000]],
        [[1000]],
        [[0]],
        [[1, 2, 3]],
        [[-10, 9, 20, None, None, 15, 7]],
        [[-1, -2, -3]],
        [[2, -1]],
        [[-2, 1]],
        [[1, -2, 3]],
        [[5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]],
        [[-3, 5, 6, None, None, -100, 4]],
        [[1, -1000, -1000, 1000, 1000, 1000, 1000]],     # the best path is inside a subtree
        [[9, 6, -3, None, None, -6, 2, None, None, 2, None, -6, -6, -6]],
    ]
    for k in range(14):
        span = [10, 100, 1000][k % 3]
        out.append([random_tree(rng, rng.randint(2, 300), -span, span)])
    out.append([random_tree(rng, 30000, -1000, 1000, 0.9)])
    out.append([random_tree(rng, 30000, -9, 9, 0.9)])
    out.append([[rng.randint(-1000, -1) for _ in range(30000)]])             # all negative: one node
    out.append([[1000] * 30000])                                              # complete tree of 1000s
    chain = [rng.randint(0, 9)]
    for _ in range(29999):
        chain += [None, rng.randint(0, 9)]
    out.append([chain])                                                       # the whole chain
    vee = [5, 5, 5]                                                           # two long arms
    for _ in range(14998):
        vee += [5, None, None, 5]
    out.append([vee[:-1] + [5]])
    return out

class Solution:
    def levelOrderBottom(self, root: Optional[TreeNode]) -> List[List[int]]:
        out, level = [], [root] if root else []
        while level:
            out.append([node.val for node in level])
            level = [child for node in level for child in (node.left, node.right) if child]
        return out[::-1]


def random_tree(rng, n, low=-1000, high=1000):
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


def tests(rng):
    out = [[[]], [[1]], [[-1000]], [[1, 2]], [[1, None, 2]], [[3, 9, 20, None, None, 15, 7]],
           [[1, 2, 3, 4, None, None, 5]], [[1000, -1000, 1000, -1000]], [[0, 0, 0, 0, 0, 0, 0]]]
    for _ in range(22):
        out.append([random_tree(rng, rng.randint(1, 300))])
    out.append([random_tree(rng, 2000)])
    out.append([[rng.randint(-1000, 1000) for _ in range(2000)]])
    chain = [0]
    for i in range(1, 2000):
        chain += [None, i % 1001]
    out.append([chain])
    left = [5]
    for i in range(1, 2000):
        left += [-(i % 1001), None]
    while left[-1] is None:
        left.pop()
    out.append([left])
    out.append([random_tree(rng, 1999, -2, 2)])
    return out

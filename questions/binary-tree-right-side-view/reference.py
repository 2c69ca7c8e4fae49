class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        out, level = [], [root] if root else []
        while level:
            out.append(level[-1].val)
            level = [child for node in level for child in (node.left, node.right) if child]
        return out


def random_tree(rng, n, p=0.7):
    if n == 0:
        return []
    out, slots, made = [rng.randint(-100, 100)], 2, 1
    while made < n and slots > 0:
        if rng.random() < p:
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
    out = [[[1]], [[-100]], [[1, 2]], [[1, None, 3]], [[1, 2, 3, None, 5, None, 4]], [[1, None, 3]],
           [[1, 2, 3, 4]], [[1, 2, 3, 4, None, None, None, 5]], [[0, -1, 100, None, -2, 3]]]
    left_chain = [0]
    for i in range(1, 100):
        left_chain += [i % 201 - 100, None]
    out.append([left_chain[:-1]])
    zigzag = [0]
    for i in range(1, 100):
        zigzag += ([None, i] if i % 2 else [-i, None])
    while zigzag[-1] is None:
        zigzag.pop()
    out.append([zigzag])
    out.append([[rng.randint(-100, 100) for _ in range(100)]])
    for _ in range(12):
        out.append([random_tree(rng, rng.randint(1, 30))])
    for _ in range(8):
        out.append([random_tree(rng, 100, rng.choice([0.55, 0.7, 0.9]))])
    return out

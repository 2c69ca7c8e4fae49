class Solution:
    def buildTree(self, inorder: List[int], postorder: List[int]) -> Optional[TreeNode]:
        # preorder of the mirrored walk: node, right subtree, left subtree
        root = TreeNode(postorder[-1])
        stack = [root]
        j = len(inorder) - 1
        for value in reversed(postorder[:-1]):
            node = TreeNode(value)
            parent = None
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j -= 1
            if parent is None:
                stack[-1].right = node
            else:
                parent.left = node
            stack.append(node)
        return root


def random_shape(rng, n, lean=None):
    """A random binary tree of n nodes as child lists: left[i], right[i] (-1: none); node 0 is the root."""
    left, right = [-1] * n, [-1] * n
    free = [(0, 0), (0, 1)]
    for i in range(1, n):
        if lean is None:
            k = rng.randrange(len(free))
        else:
            k = len(free) - 1 if rng.random() < lean else rng.randrange(len(free))
        parent, side = free[k]
        free[k] = free[-1]
        free.pop()
        (left if side == 0 else right)[parent] = i
        free += [(i, 0), (i, 1)]
    return left, right


def walks(left, right, values):
    post = []
    stack = [0]
    while stack:
        i = stack.pop()
        post.append(values[i])
        if left[i] >= 0:
            stack.append(left[i])
        if right[i] >= 0:
            stack.append(right[i])
    post.reverse()
    ino = []
    stack, i = [], 0
    while stack or i >= 0:
        while i >= 0:
            stack.append(i)
            i = left[i]
        i = stack.pop()
        ino.append(values[i])
        i = right[i]
    return [ino, post]


def case(rng, n, lean=None, values=None):
    left, right = random_shape(rng, n, lean)
    if values is None:
        values = rng.sample(range(-3000, 3001), n)
    return walks(left, right, values)


def chain(n, side, values):
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if side == 0 else right)[i] = i + 1
    return walks(left, right, values)


def zigzag(n, values):
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (right if i % 2 == 0 else left)[i] = i + 1
    return walks(left, right, values)


def tests(rng):
    out = [
        [[1], [1]],
        [[-3000], [-3000]],
        [[3000], [3000]],
        [[2, 1], [2, 1]],
        [[1, 2], [2, 1]],
        [[1, 2, 3], [1, 3, 2]],
        [[9, 3, 15, 20, 7], [9, 15, 7, 20, 3]],
        [[4, 2, 5, 1, 6, 3, 7], [4, 5, 2, 6, 7, 3, 1]],
        chain(5, 0, [1, 2, 3, 4, 5]),
        chain(5, 1, [-1, -2, -3, -4, -5]),
        zigzag(7, [0, 10, -10, 20, -20, 30, -30]),
    ]
    for _ in range(15):
        out.append(case(rng, rng.randint(2, 60)))
    for _ in range(4):
        out.append(case(rng, rng.randint(100, 1000)))
    out.append(case(rng, 3000))
    out.append(case(rng, 3000, lean=0.9))
    out.append(chain(3000, 0, rng.sample(range(-3000, 3001), 3000)))
    out.append(chain(3000, 1, list(range(1, 3001))))
    out.append(zigzag(3000, rng.sample(range(-3000, 3001), 3000)))
    complete = [-1] * 3000, [-1] * 3000
    for i in range(3000):
        if 2 * i + 1 < 3000:
            complete[0][i] = 2 * i + 1
        if 2 * i + 2 < 3000:
            complete[1][i] = 2 * i + 2
    out.append(walks(complete[0], complete[1], list(range(-1, -3001, -1))))
    return out

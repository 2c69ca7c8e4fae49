class Solution:
    def connect(self, root: 'Optional[Node]') -> 'Optional[Node]':
        leftmost = root
        while leftmost and leftmost.left:
            node = leftmost
            while node:
                node.left.next = node.right
                if node.next:
                    node.right.next = node.next.left
                node = node.next
            leftmost = leftmost.left
        return root


def perfect(rng, levels, lo=-1000, hi=1000):
    return [rng.randint(lo, hi) for _ in range(2 ** levels - 1)]


def tests(rng):
    out = [
        [[]],
        [[0]],
        [[1, 2, 3]],
        [[-1000, 1000, -1000]],
        [[1, 1, 1, 1, 1, 1, 1]],
        [list(range(1, 16))],
        [list(range(-15, 0))],
    ]
    for levels in range(1, 13):
        out.append([perfect(rng, levels)])
    for _ in range(8):
        out.append([perfect(rng, rng.randint(2, 8))])
    for _ in range(3):
        out.append([perfect(rng, 12)])
    out.append([[(i % 2001) - 1000 for i in range(4095)]])
    out.append([[7] * 4095])
    return out

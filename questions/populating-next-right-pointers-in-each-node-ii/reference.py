class Solution:
    def connect(self, root: 'Node') -> 'Node':
        leftmost = root
        while leftmost:
            dummy = tail = Node(0)
            node = leftmost
            while node:
                for child in (node.left, node.right):
                    if child:
                        tail.next = tail = child
                node = node.next
            leftmost = dummy.next
        return root


def random_tree(rng, n, keep=0.7, low=-100, high=100):
    """A random shape of n nodes, in level order."""
    if n == 0:
        return []
    out = [rng.randint(low, high)]
    open_slots, placed = 2, 1
    while placed < n:
        if rng.random() < keep or open_slots == 1:
            out.append(rng.randint(low, high))
            placed += 1
            open_slots += 1
        else:
            out.append(None)
            open_slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def tests(rng):
    out = [
        [[]],
        [[0]],
        [[1, 2]],
        [[1, None, 2]],
        [[1, 2, 3]],
        [[1, 2, 3, 4, None, None, 5]],                  # the lowest level's two nodes far apart
        [[1, 2, 3, None, 4, 5]],
        [[1, 2, 3, 4, None, None, 7, 8, None, None, 9]],
        [[-100, 100, -100, None, None, 100, -100]],
        [[1, 2, None, 3, None, 4, None, 5]],            # a chain to the left
        [[1, None, 2, None, 3, None, 4, None, 5]],      # a chain to the right
        [list(range(1, 16))],                            # perfect
    ]
    for n in range(3, 15):
        out.append([random_tree(rng, n)])
    for _ in range(5):
        out.append([random_tree(rng, rng.randint(15, 400), rng.choice([0.5, 0.6, 0.8]))])
    out.append([random_tree(rng, 6000)])
    out.append([random_tree(rng, 6000, 0.52)])
    out.append([[rng.randint(-100, 100) for _ in range(6000)]])     # complete
    return out

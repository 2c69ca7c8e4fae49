class Solution:
    def insertionSortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # The nodes, relinked in order of their values (a stable sort keeps equal values in order).
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        nodes.sort(key=lambda node: node.val)
        for first, second in zip(nodes, nodes[1:]):
            first.next = second
        nodes[-1].next = None
        return nodes[0]


def tests(rng):
    out = [[[1]], [[-5000]], [[5000]], [[2, 1]], [[1, 2]], [[3, 3, 3]], [[5000, -5000]], [[4, 2, 1, 3]],
           [[-1, 5, 3, 4, 0]], [[1, 1, 0, 0, 1, 1]], [[2, 3, 1]]]
    for _ in range(14):
        n = rng.randint(1, 100)
        hi = rng.choice((3, 100, 5000))
        out.append([[rng.randint(-hi, hi) for _ in range(n)]])
    out.append([[rng.randint(-5000, 5000) for _ in range(5000)]])
    out.append([[rng.randint(-5000, 5000) for _ in range(5000)]])
    out.append([list(range(-2500, 2500))])          # already sorted
    out.append([list(range(2500, -2500, -1))])      # reversed
    out.append([[rng.randint(-1, 1) for _ in range(5000)]])
    out.append([[0] * 5000])
    out.append([list(range(0, 5000, 2)) + list(range(1, 5000, 2))])
    return out

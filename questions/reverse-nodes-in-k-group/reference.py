class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        front = ListNode(0, head)
        before = front
        while True:
            probe = before
            for _ in range(k):
                probe = probe.next
                if probe is None:
                    return front.next
            first = before.next
            previous, node = probe.next, first
            for _ in range(k):
                node.next, previous, node = previous, node, node.next
            before.next = previous
            before = first


def tests(rng):
    out = [[[0], 1], [[1000], 1], [[1, 2], 1], [[1, 2], 2], [[1, 2, 3], 2], [[1, 2, 3], 3],
           [[1, 2, 3, 4, 5], 2], [[1, 2, 3, 4, 5], 3], [[1, 2, 3, 4, 5, 6], 3], [[4, 4, 4, 4], 3],
           [[0, 1000, 0, 1000, 0], 5], [[7, 1, 7, 1, 7, 1, 7], 4]]
    for _ in range(14):
        n = rng.randint(1, 60)
        out.append([[rng.randint(0, 1000) for _ in range(n)], rng.randint(1, n)])
    for k in (1, 2, 5000, 4999, 2500, 2501, 70, 3):
        out.append([[rng.randint(0, 1000) for _ in range(5000)], k])
    out.append([list(range(1000, -1, -1)) * 4 + list(range(996)), 1001])
    return out

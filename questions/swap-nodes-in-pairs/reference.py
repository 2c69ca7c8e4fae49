class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        front = ListNode(0, head)
        before = front
        while before.next and before.next.next:
            first, second = before.next, before.next.next
            first.next = second.next
            second.next = first
            before.next = second
            before = first
        return front.next


def tests(rng):
    out = [[[]], [[0]], [[100]], [[1, 2]], [[2, 1]], [[1, 2, 3]], [[1, 2, 3, 4]], [[5, 5, 5, 5, 5]],
           [[0, 100, 0, 100]], [list(range(100))], [list(range(99))], [[100] * 100]]
    for _ in range(20):
        out.append([[rng.randint(0, 100) for _ in range(rng.randint(0, 100))]])
    out.append([[rng.randint(0, 100) for _ in range(100)]])
    out.append([[rng.randint(0, 100) for _ in range(99)]])
    return out

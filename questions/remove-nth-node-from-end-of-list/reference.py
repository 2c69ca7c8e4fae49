class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        front = ListNode(0, head)
        fast = slow = front
        for _ in range(n):
            fast = fast.next
        while fast.next:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return front.next


def tests(rng):
    out = [[[0], 1], [[100], 1], [[1, 2], 1], [[1, 2], 2], [[5, 5, 5], 2], [[1, 2, 3], 3], [[1, 2, 3], 1],
           [[0, 100, 0, 100], 2]]
    full = list(range(1, 31))
    out += [[full, 1], [full, 30], [full, 15], [full, 29], [full, 2]]
    for _ in range(20):
        size = rng.randint(1, 30)
        out.append([[rng.randint(0, 100) for _ in range(size)], rng.randint(1, size)])
    for n in (1, 30, 16):
        out.append([[rng.randint(0, 100) for _ in range(30)], n])
    return out

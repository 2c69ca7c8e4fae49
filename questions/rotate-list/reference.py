class Solution:
    def rotateRight(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        if not head:
            return None
        length, tail = 1, head
        while tail.next:
            tail = tail.next
            length += 1
        k %= length
        if k == 0:
            return head
        new_tail = head
        for _ in range(length - k - 1):
            new_tail = new_tail.next
        new_head = new_tail.next
        new_tail.next = None
        tail.next = head
        return new_head


def tests(rng):
    big = 2 * 10**9
    out = [
        [[], 0], [[], big], [[1], 0], [[1], big], [[-100], 1], [[1, 2], 1], [[1, 2], 2], [[1, 2], 3],
        [[1, 2, 3, 4, 5], 2], [[0, 1, 2], 4], [[5, 5, 5], 7], [[100, -100], big - 1],
        [list(range(1, 11)), 10], [list(range(1, 11)), 9], [list(range(1, 11)), 11],
    ]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append([[rng.randint(-100, 100) for _ in range(n)], rng.randint(0, 3 * n)])
    for k in (0, 1, 499, 500, 501, big, 1999999999, 123456789):
        out.append([[rng.randint(-100, 100) for _ in range(500)], k])
    return out

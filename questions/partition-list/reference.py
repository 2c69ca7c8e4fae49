class Solution:
    def partition(self, head: Optional[ListNode], x: int) -> Optional[ListNode]:
        small = small_tail = ListNode()
        large = large_tail = ListNode()
        while head:
            if head.val < x:
                small_tail.next = head
                small_tail = head
            else:
                large_tail.next = head
                large_tail = head
            head = head.next
        large_tail.next = None
        small_tail.next = large.next
        return small.next


def tests(rng):
    out = [[[], 0], [[1], 2], [[1], 1], [[1], 0], [[2, 1], 2], [[1, 4, 3, 2, 5, 2], 3],
           [[-100, 100], -200], [[-100, 100], 200], [[100, -100], 100], [[100, -100], -99],
           [[3, 3, 3], 3], [[5, 4, 3, 2, 1], 3], [[1, 2, 3, 4, 5], 3]]
    for _ in range(18):
        n = rng.randint(0, 30)
        out.append([[rng.randint(-10, 10) for _ in range(n)], rng.randint(-12, 12)])
    for x in (-200, 0, 37, 200):
        out.append([[rng.randint(-100, 100) for _ in range(200)], x])
    out.append([list(range(100, -100, -1)), 0])
    return out

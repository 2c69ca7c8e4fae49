class Solution:
    def reverseBetween(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(left - 1):
            before = before.next
        first = before.next
        for _ in range(right - left):
            moved = first.next
            first.next = moved.next
            moved.next = before.next
            before.next = moved
        return dummy.next


def tests(rng):
    out = [[[5], 1, 1], [[-500, 500], 1, 1], [[-500, 500], 2, 2], [[500, -500], 1, 2],
           [[1, 2, 3], 1, 3], [[1, 2, 3], 2, 3], [[1, 2, 3], 1, 2], [[1, 2, 3, 4, 5], 2, 4], [[3, 3, 1, 3], 1, 4]]
    for _ in range(18):
        n = rng.randint(1, 30)
        left = rng.randint(1, n)
        out.append([[rng.randint(-500, 500) for _ in range(n)], left, rng.randint(left, n)])
    n = 500
    for left, right in ((1, 500), (1, 1), (500, 500), (2, 499), (250, 251), (1, 250), (137, 500)):
        out.append([[rng.randint(-500, 500) for _ in range(n)], left, right])
    return out

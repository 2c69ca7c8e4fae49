class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        """
        Do not return anything, modify head in-place instead.
        """
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        previous = None
        while second:
            second.next, previous, second = previous, second, second.next
        first = head
        while previous:
            following, after = first.next, previous.next
            first.next, previous.next = previous, following
            first, previous = following, after


def values(rng, n, low=1, high=1000):
    return [rng.randint(low, high) for _ in range(n)]


def tests(rng):
    out = [
        [[1]],
        [[1000]],
        [[1, 2]],
        [[2, 1]],
        [[1, 2, 3]],
        [[1, 2, 3, 4]],
        [[5, 5, 5, 5, 5]],          # equal values: only the order of the nodes tells the answer
        [list(range(1, 11))],
        [list(range(1, 12))],
        [list(range(20, 0, -1))],
    ]
    for n in range(5, 13):
        out.append([values(rng, n)])
    for _ in range(10):
        out.append([values(rng, rng.randint(1, 300))])
    out.append([values(rng, 5 * 10**4)])
    out.append([values(rng, 5 * 10**4 - 1)])
    out.append([[(i % 1000) + 1 for i in range(2001)]])
    return out

class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        previous = None
        while head:
            head.next, previous, head = previous, head, head.next
        return previous


def tests(rng):
    out = [[[1, 2]], [[0]], [[-5000, 5000]], [[1, 1, 1]], [[3, 2, 1]]]
    for _ in range(20):
        out.append([[rng.randint(-5000, 5000) for _ in range(rng.randint(0, 100))]])
    for n in (1000, 4999, 5000, 5000):
        out.append([[rng.randint(-5000, 5000) for _ in range(n)]])
    out.append([list(range(5000))])
    return out

class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                slow = head
                while slow is not fast:
                    slow, fast = slow.next, fast.next
                return slow
        return None


def values(rng, n):
    return [rng.randint(-10**5, 10**5) for _ in range(n)]


def tests(rng):
    out = [
        [[], -1],
        [[1], -1],
        [[1], 0],
        [[1, 2], -1],
        [[1, 2], 0],
        [[1, 2], 1],
        [[3, 2, 0, -4], 1],
        [[-10**5, 10**5, 0], 2],
        [[4, 4, 4, 4, 4], 3],    # equal values: only the node itself tells the answer
        [[4, 4, 4, 4, 4], -1],
    ]
    for _ in range(14):
        n = rng.randint(1, 200)
        out.append([values(rng, n), rng.choice([-1, rng.randrange(n)])])
    for pos in (-1, 0, 1, 5000, 9998, 9999):
        out.append([values(rng, 10**4), pos])
    out.append([[0] * 10**4, 7777])
    out.append([list(range(10**4)), 3])
    return out

class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Bottom-up merge sort: merge runs of width 1, 2, 4, ... in place.
        length, node = 0, head
        while node:
            length += 1
            node = node.next
        dummy = ListNode(0, head)
        width = 1
        while width < length:
            tail, rest = dummy, dummy.next
            while rest:
                left = rest
                right = self.split(left, width)
                rest = self.split(right, width)
                tail = self.merge(left, right, tail)
            width *= 2
        return dummy.next

    def split(self, node, count):
        """Cuts the list after `count` nodes and returns what follows."""
        for _ in range(count - 1):
            if not node:
                break
            node = node.next
        if not node:
            return None
        rest, node.next = node.next, None
        return rest

    def merge(self, left, right, tail):
        """Appends the merge of two sorted lists after `tail`; returns the new tail."""
        while left and right:
            if left.val <= right.val:
                tail.next, left = left, left.next
            else:
                tail.next, right = right, right.next
            tail = tail.next
        tail.next = left or right
        while tail.next:
            tail = tail.next
        return tail


def tests(rng):
    top = 10**5
    out = [[[]], [[0]], [[-top]], [[top]], [[2, 1]], [[1, 2]], [[3, 3, 3]], [[top, -top]], [[4, 2, 1, 3]],
           [[-1, 5, 3, 4, 0]], [[1, 1, 0, 0, 1, 1]], [[2, 3, 1]]]
    for _ in range(14):
        n = rng.randint(0, 200)
        hi = rng.choice((3, 100, top))
        out.append([[rng.randint(-hi, hi) for _ in range(n)]])
    out.append([[rng.randint(-999, 999) for _ in range(50000)]])
    out.append([[rng.randint(-1, 1) for _ in range(50000)]])
    out.append([[rng.randint(-top, top) for _ in range(20000)]])
    out.append([list(range(-2500, 2500))])
    out.append([list(range(5000, 0, -1))])
    out.append([[rng.randint(-top, top) for _ in range(4097)]])
    return out

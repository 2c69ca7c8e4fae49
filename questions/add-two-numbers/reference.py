class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        head = tail = ListNode()
        carry = 0
        while l1 or l2 or carry:
            total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
            carry, digit = divmod(total, 10)
            tail.next = ListNode(digit)
            tail = tail.next
            l1 = l1.next if l1 else None
            l2 = l2.next if l2 else None
        return head.next


def number(rng, length):
    if length == 1:
        return [rng.randint(0, 9)]
    return [rng.randint(0, 9) for _ in range(length - 1)] + [rng.randint(1, 9)]


def tests(rng):
    out = [[[1], [9]], [[5], [5]], [[0], [7, 3]], [[9] * 100, [1]], [[9] * 100, [9] * 100], [[1] + [0] * 98 + [1], [9]]]
    for _ in range(24):
        out.append([number(rng, rng.randint(1, 100)), number(rng, rng.randint(1, 100))])
    return out

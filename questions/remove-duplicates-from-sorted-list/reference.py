class Solution:
    def deleteDuplicates(self, head: Optional[ListNode]) -> Optional[ListNode]:
        node = head
        while node and node.next:
            if node.next.val == node.val:
                node.next = node.next.next
            else:
                node = node.next
        return head


def tests(rng):
    out = [[[]], [[1]], [[1, 1]], [[1, 1, 1]], [[-100, 100]], [[-100, -100, 100]], [[-100, 100, 100]],
           [[1, 2, 3]], [[1, 1, 2, 3, 3]], [[1, 2, 2, 3]], [[0, 0, 0, 0, 1]], [[1, 2, 3, 4, 4]]]
    for _ in range(18):
        n = rng.randint(0, 40)
        out.append([sorted(rng.randint(-10, 10) for _ in range(n))])
    out.append([sorted(rng.randint(-100, 100) for _ in range(300))])
    out.append([sorted(rng.randint(-100, 100) for _ in range(300))])
    out.append([list(range(-100, 100))])
    out.append([[5] * 300])
    out.append([sorted(list(range(-100, 50)) * 2)])
    return out

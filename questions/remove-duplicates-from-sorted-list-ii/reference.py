class Solution:
    def deleteDuplicates(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        tail = dummy
        node = head
        while node:
            if node.next and node.next.val == node.val:
                value = node.val
                while node and node.val == value:
                    node = node.next
                tail.next = node
            else:
                tail = node
                node = node.next
        return dummy.next


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
    out.append([sorted(list(range(-100, 101)) + list(range(-100, 101, 3)))[:300]])
    return out

class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        head = tail = ListNode()
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 or list2
        return head.next


def sorted_values(rng, n):
    return sorted(rng.randint(-100, 100) for _ in range(n))


def tests(rng):
    out = [[[1], []], [[], [0]], [[1, 2, 4], [1, 3, 4]], [[5], [1, 2, 3]], [[-100, 100], [-100, 100]], [[0, 0], [0]]]
    for _ in range(20):
        out.append([sorted_values(rng, rng.randint(0, 50)), sorted_values(rng, rng.randint(0, 50))])
    out.append([sorted_values(rng, 50), sorted_values(rng, 50)])
    out.append([list(range(-100, -50)), list(range(50, 100))])
    out.append([[7] * 50, [7] * 50])
    out.append([[], sorted_values(rng, 50)])
    return out

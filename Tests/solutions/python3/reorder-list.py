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

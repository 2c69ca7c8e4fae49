class Solution:
    def sortedListToBST(self, head: Optional[ListNode]) -> Optional[TreeNode]:
        size, node = 0, head
        while node:
            size, node = size + 1, node.next
        current = head

        def build(count):                 # the next `count` nodes of the list, in order
            nonlocal current
            if count == 0:
                return None
            left = build(count // 2)
            root = TreeNode(current.val, left)
            current = current.next
            root.right = build(count - count // 2 - 1)
            return root
        return build(size)

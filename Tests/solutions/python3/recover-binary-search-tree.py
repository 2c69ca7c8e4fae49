class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        """
        Do not return anything, modify root in-place instead.
        """
        first = second = previous = None
        node = root
        while node:                     # Morris in-order traversal
            if node.left:
                last = node.left
                while last.right and last.right is not node:
                    last = last.right
                if last.right is None:
                    last.right = node
                    node = node.left
                    continue
                last.right = None
            if previous and previous.val > node.val:
                if first is None:
                    first = previous
                second = node
            previous = node
            node = node.right
        first.val, second.val = second.val, first.val

class Solution:
    def connect(self, root: 'Node') -> 'Node':
        leftmost = root
        while leftmost:
            dummy = tail = Node(0)
            node = leftmost
            while node:
                for child in (node.left, node.right):
                    if child:
                        tail.next = tail = child
                node = node.next
            leftmost = dummy.next
        return root

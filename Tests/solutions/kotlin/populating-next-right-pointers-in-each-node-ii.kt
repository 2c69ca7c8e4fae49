class Solution {
    fun connect(root: Node?): Node? {
        var leftmost = root
        while (leftmost != null) {
            val dummy = Node(0)
            var tail = dummy
            var node = leftmost
            while (node != null) {
                node.left?.let { tail.next = it; tail = it }
                node.right?.let { tail.next = it; tail = it }
                node = node.next
            }
            leftmost = dummy.next
        }
        return root
    }
}

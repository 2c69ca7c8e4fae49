class Solution {
    private var current: ListNode? = null

    private fun build(count: Int): TreeNode? {
        if (count == 0) return null
        val left = build(count / 2)
        val root = TreeNode(current!!.`val`)
        current = current!!.next
        root.left = left
        root.right = build(count - count / 2 - 1)
        return root
    }

    fun sortedListToBST(head: ListNode?): TreeNode? {
        var size = 0
        var node = head
        while (node != null) { size++; node = node.next }
        current = head
        return build(size)
    }
}

class Solution {
    private var first: TreeNode? = null
    private var second: TreeNode? = null
    private var prev: TreeNode? = null

    private fun inorder(node: TreeNode?) {
        if (node == null) return
        inorder(node.left)
        val p = prev
        if (p != null && p.`val` > node.`val`) {
            if (first == null) first = p
            second = node
        }
        prev = node
        inorder(node.right)
    }

    fun recoverTree(root: TreeNode?): Unit {
        inorder(root)
        val a = first!!
        val b = second!!
        val t = a.`val`
        a.`val` = b.`val`
        b.`val` = t
    }
}

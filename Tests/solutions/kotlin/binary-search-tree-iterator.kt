/**
 * Example:
 * var ti = TreeNode(5)
 * var v = ti.`val`
 * Definition for a binary tree node.
 * class TreeNode(var `val`: Int) {
 *     var left: TreeNode? = null
 *     var right: TreeNode? = null
 * }
 */
class BSTIterator(root: TreeNode?) {
    private val stack = ArrayDeque<TreeNode>()

    init {
        pushLeft(root)
    }

    fun next(): Int {
        val node = stack.pop()
        pushLeft(node.right)
        return node.`val`
    }

    fun hasNext(): Boolean {
        return stack.isNotEmpty()
    }

    private fun pushLeft(start: TreeNode?) {
        var node = start
        while (node != null) {
            stack.push(node)
            node = node.left
        }
    }

}

/**
 * Your BSTIterator object will be instantiated and called as such:
 * var obj = BSTIterator(root)
 * var param_1 = obj.next()
 * var param_2 = obj.hasNext()
 */

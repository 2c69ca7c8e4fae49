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
class Solution {
    fun zigzagLevelOrder(root: TreeNode?): List<List<Int>> {
        val result = mutableListOf<List<Int>>()
        if (root == null) return result
        val queue = ArrayDeque<TreeNode>()
        queue.addLast(root)
        var leftToRight = true
        while (queue.isNotEmpty()) {
            val size = queue.size
            val level = ArrayDeque<Int>()
            for (i in 0..<size) {
                val node = queue.removeFirst()
                if (leftToRight) level.addLast(node.`val`) else level.addFirst(node.`val`)
                node.left?.let { queue.addLast(it) }
                node.right?.let { queue.addLast(it) }
            }
            result.add(level.toList())
            leftToRight = !leftToRight
        }
        return result
    }
}

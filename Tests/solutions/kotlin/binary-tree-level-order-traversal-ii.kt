import java.util.*

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
    fun levelOrderBottom(root: TreeNode?): List<List<Int>> {
        val res = LinkedList<List<Int>>()
        if (root == null) return res
        val queue: Queue<TreeNode> = ArrayDeque()
        queue.offer(root)
        while (!queue.isEmpty()) {
            val level = ArrayList<Int>()
            for (i in 0 until queue.size) {
                val node = queue.poll()
                level.add(node.`val`)
                if (node.left != null) queue.offer(node.left)
                if (node.right != null) queue.offer(node.right)
            }
            res.addFirst(level)
        }
        return res
    }
}

class Solution {
    fun levelOrder(root: TreeNode?): List<List<Int>> {
        val out = mutableListOf<List<Int>>()
        val queue = ArrayDeque<TreeNode>()
        if (root != null) queue.add(root)
        while (queue.isNotEmpty()) {
            val level = mutableListOf<Int>()
            repeat(queue.size) {
                val node = queue.poll()
                level.add(node.`val`)
                node.left?.let { queue.add(it) }
                node.right?.let { queue.add(it) }
            }
            out.add(level)
        }
        return out
    }
}

class Solution {
    private fun build(low: Int, high: Int): List<TreeNode?> {
        if (low > high) return listOf(null)
        val out = mutableListOf<TreeNode?>()
        for (root in low..high)
            for (left in build(low, root - 1))
                for (right in build(root + 1, high)) {
                    val node = TreeNode(root)
                    node.left = left
                    node.right = right
                    out.add(node)
                }
        return out
    }

    fun generateTrees(n: Int): List<TreeNode?> {
        return build(1, n)
    }
}

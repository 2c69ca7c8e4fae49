class Solution {
    fun pathSum(root: TreeNode?, targetSum: Int): List<List<Int>> {
        val res = mutableListOf<List<Int>>()
        val path = mutableListOf<Int>()
        fun dfs(node: TreeNode?, rem: Int) {
            if (node == null) return
            path.add(node.`val`)
            val left = rem - node.`val`
            if (node.left == null && node.right == null && left == 0) res.add(path.toList())
            dfs(node.left, left)
            dfs(node.right, left)
            path.removeAt(path.size - 1)
        }
        dfs(root, targetSum)
        return res
    }
}

class Solution {
    fun rightSideView(root: TreeNode?): List<Int> {
        val res = mutableListOf<Int>()
        fun dfs(node: TreeNode?, depth: Int) {
            if (node == null) return
            if (depth == res.size) res.add(node.`val`)
            dfs(node.right, depth + 1)
            dfs(node.left, depth + 1)
        }
        dfs(root, 0)
        return res
    }
}

class Solution {
    fun buildTree(preorder: IntArray, inorder: IntArray): TreeNode? {
        val index = HashMap<Int, Int>()
        inorder.forEachIndexed { i, v -> index[v] = i }
        var p = 0
        fun build(lo: Int, hi: Int): TreeNode? {
            if (lo > hi) return null
            val root = TreeNode(preorder[p++])
            val mid = index[root.`val`]!!
            root.left = build(lo, mid - 1)
            root.right = build(mid + 1, hi)
            return root
        }
        return build(0, inorder.size - 1)
    }
}

class Solution {
    fun isValidBST(root: TreeNode?): Boolean {
        return check(root, Long.MIN_VALUE, Long.MAX_VALUE)
    }

    private fun check(node: TreeNode?, lo: Long, hi: Long): Boolean {
        if (node == null) return true
        val v = node.`val`.toLong()
        if (v <= lo || v >= hi) return false
        return check(node.left, lo, v) && check(node.right, v, hi)
    }
}

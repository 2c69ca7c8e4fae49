object Solution {
    def isValidBST(root: TreeNode): Boolean = {
        def check(node: TreeNode, lo: Long, hi: Long): Boolean = {
            if (node == null) true
            else if (node.value <= lo || node.value >= hi) false
            else check(node.left, lo, node.value) && check(node.right, node.value, hi)
        }
        check(root, Long.MinValue, Long.MaxValue)
    }
}

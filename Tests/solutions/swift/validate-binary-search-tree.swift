class Solution {
    func isValidBST(_ root: TreeNode?) -> Bool {
        return check(root, Int.min, Int.max)
    }

    private func check(_ node: TreeNode?, _ lo: Int, _ hi: Int) -> Bool {
        guard let node = node else { return true }
        if node.val <= lo || node.val >= hi { return false }
        return check(node.left, lo, node.val) && check(node.right, node.val, hi)
    }
}

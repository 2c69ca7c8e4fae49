class Solution {
    func invertTree(_ root: TreeNode?) -> TreeNode? {
        guard let root = root else { return nil }
        let left = invertTree(root.left)
        root.left = invertTree(root.right)
        root.right = left
        return root
    }
}

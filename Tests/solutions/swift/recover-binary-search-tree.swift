class Solution {
    private var first: TreeNode?, second: TreeNode?, prev: TreeNode?

    private func inorder(_ node: TreeNode?) {
        guard let node = node else { return }
        inorder(node.left)
        if let p = prev, p.val > node.val {
            if first == nil { first = p }
            second = node
        }
        prev = node
        inorder(node.right)
    }

    func recoverTree(_ root: TreeNode?) {
        inorder(root)
        if let a = first, let b = second { (a.val, b.val) = (b.val, a.val) }
    }
}

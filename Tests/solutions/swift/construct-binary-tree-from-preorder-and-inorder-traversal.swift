class Solution {
    func buildTree(_ preorder: [Int], _ inorder: [Int]) -> TreeNode? {
        var index = [Int: Int]()
        for (i, v) in inorder.enumerated() { index[v] = i }
        var p = 0
        func build(_ lo: Int, _ hi: Int) -> TreeNode? {
            if lo > hi { return nil }
            let root = TreeNode(preorder[p])
            p += 1
            let mid = index[root.val]!
            root.left = build(lo, mid - 1)
            root.right = build(mid + 1, hi)
            return root
        }
        return build(0, inorder.count - 1)
    }
}

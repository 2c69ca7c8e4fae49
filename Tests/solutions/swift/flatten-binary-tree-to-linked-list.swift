class Solution {
    func flatten(_ root: TreeNode?) {
        var node = root
        while let current = node {
            if let left = current.left {
                var last = left
                while let right = last.right { last = right }
                last.right = current.right
                current.right = left
                current.left = nil
            }
            node = current.right
        }
    }
}

class Solution {
    func pathSum(_ root: TreeNode?, _ targetSum: Int) -> [[Int]] {
        var res = [[Int]]()
        var path = [Int]()
        func dfs(_ node: TreeNode?, _ rem: Int) {
            guard let node = node else { return }
            path.append(node.val)
            let left = rem - node.val
            if node.left == nil && node.right == nil && left == 0 {
                res.append(path)
            }
            dfs(node.left, left)
            dfs(node.right, left)
            path.removeLast()
        }
        dfs(root, targetSum)
        return res
    }
}

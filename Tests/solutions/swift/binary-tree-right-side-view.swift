class Solution {
    func rightSideView(_ root: TreeNode?) -> [Int] {
        guard let root = root else { return [] }
        var res = [Int]()
        var level = [root]
        while !level.isEmpty {
            res.append(level.last!.val)
            var next = [TreeNode]()
            for node in level {
                if let l = node.left { next.append(l) }
                if let r = node.right { next.append(r) }
            }
            level = next
        }
        return res
    }
}

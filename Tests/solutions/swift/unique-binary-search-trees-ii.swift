class Solution {
    func generateTrees(_ n: Int) -> [TreeNode?] {
        func build(_ low: Int, _ high: Int) -> [TreeNode?] {
            if low > high { return [nil] }
            var out: [TreeNode?] = []
            for root in low...high {
                for left in build(low, root - 1) {
                    for right in build(root + 1, high) {
                        out.append(TreeNode(root, left, right))
                    }
                }
            }
            return out
        }
        return build(1, n)
    }
}

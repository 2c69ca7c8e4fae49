object Solution {
    def pathSum(root: TreeNode, targetSum: Int): List[List[Int]] = {
        def dfs(node: TreeNode, rem: Int, path: List[Int]): List[List[Int]] = {
            if (node == null) Nil
            else {
                val left = rem - node.value
                val p = node.value :: path
                if (node.left == null && node.right == null) {
                    if (left == 0) List(p.reverse) else Nil
                } else dfs(node.left, left, p) ++ dfs(node.right, left, p)
            }
        }
        dfs(root, targetSum, Nil)
    }
}

object Solution {
    def rightSideView(root: TreeNode): List[Int] = {
        val res = scala.collection.mutable.ListBuffer[Int]()
        var level = if (root == null) List[TreeNode]() else List(root)
        while (level.nonEmpty) {
            res += level.last.value
            level = level.flatMap(n => List(n.left, n.right)).filter(_ != null)
        }
        res.toList
    }
}

object Solution {
  def levelOrder(root: TreeNode): List[List[Int]] = {
    var level = if (root == null) List[TreeNode]() else List(root)
    val result = scala.collection.mutable.ListBuffer[List[Int]]()
    while (level.nonEmpty) {
      result += level.map(_.value)
      level = level.flatMap(n => List(n.left, n.right)).filter(_ != null)
    }
    result.toList
  }
}

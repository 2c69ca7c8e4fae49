import scala.collection.mutable

object Solution {
  def zigzagLevelOrder(root: TreeNode): List[List[Int]] = {
    if (root == null) return List()
    val res = mutable.ListBuffer[List[Int]]()
    val q = mutable.ArrayDeque[TreeNode](root)
    var leftToRight = true
    while (q.nonEmpty) {
      val level = mutable.ArrayDeque[Int]()
      for (_ <- 0 until q.size) {
        val node = q.removeHead()
        if (leftToRight) level.append(node.value) else level.prepend(node.value)
        if (node.left != null) q.append(node.left)
        if (node.right != null) q.append(node.right)
      }
      res += level.toList
      leftToRight = !leftToRight
    }
    res.toList
  }
}

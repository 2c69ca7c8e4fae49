object Solution {
  def generateTrees(n: Int): List[TreeNode] = {
    def build(low: Int, high: Int): List[TreeNode] = {
      if (low > high) return List(null)
      for {
        root <- (low to high).toList
        left <- build(low, root - 1)
        right <- build(root + 1, high)
      } yield new TreeNode(root, left, right)
    }
    build(1, n)
  }
}

object Solution {
  def flatten(root: TreeNode): Unit = {
    var node = root
    while (node != null) {
      if (node.left != null) {
        var last = node.left
        while (last.right != null) last = last.right
        last.right = node.right
        node.right = node.left
        node.left = null
      }
      node = node.right
    }
  }
}

object Solution {
  def recoverTree(root: TreeNode): Unit = {
    var first: TreeNode = null
    var second: TreeNode = null
    var prev: TreeNode = null
    def inorder(node: TreeNode): Unit = {
      if (node == null) return
      inorder(node.left)
      if (prev != null && prev.value > node.value) {
        if (first == null) first = prev
        second = node
      }
      prev = node
      inorder(node.right)
    }
    inorder(root)
    val t = first.value
    first.value = second.value
    second.value = t
  }
}

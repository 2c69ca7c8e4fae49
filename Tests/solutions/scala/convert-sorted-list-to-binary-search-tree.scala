object Solution {
  def sortedListToBST(head: ListNode): TreeNode = {
    var size = 0
    var node = head
    while (node != null) { size += 1; node = node.next }
    var current = head
    def build(count: Int): TreeNode = {
      if (count == 0) return null
      val left = build(count / 2)
      val root = new TreeNode(current.x)
      current = current.next
      root.left = left
      root.right = build(count - count / 2 - 1)
      root
    }
    build(size)
  }
}

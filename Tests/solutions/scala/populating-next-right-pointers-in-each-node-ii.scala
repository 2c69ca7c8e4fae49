object Solution {
  def connect(root: Node): Node = {
    var leftmost = root
    while (leftmost != null) {
      val dummy = new Node(0)
      var tail = dummy
      var node = leftmost
      while (node != null) {
        if (node.left != null) { tail.next = node.left; tail = tail.next }
        if (node.right != null) { tail.next = node.right; tail = tail.next }
        node = node.next
      }
      leftmost = dummy.next
    }
    root
  }
}

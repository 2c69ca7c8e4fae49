object Solution {
  def reverseList(head: ListNode): ListNode = {
    var previous: ListNode = null
    var node = head
    while (node != null) {
      val next = node.next
      node.next = previous
      previous = node
      node = next
    }
    previous
  }
}

object Solution {
  def reorderList(head: ListNode): Unit = {
    var slow = head
    var fast = head
    while (fast.next != null && fast.next.next != null) {
      slow = slow.next
      fast = fast.next.next
    }
    var second = slow.next
    slow.next = null
    var prev: ListNode = null
    while (second != null) {
      val next = second.next
      second.next = prev
      prev = second
      second = next
    }
    var first = head
    while (prev != null) {
      val a = first.next
      val b = prev.next
      first.next = prev
      prev.next = a
      first = a
      prev = b
    }
  }
}

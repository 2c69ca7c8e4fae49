/**
 * Definition for singly-linked list.
 * class ListNode(_x: Int = 0, _next: ListNode = null) {
 *   var next: ListNode = _next
 *   var x: Int = _x
 * }
 */
object Solution {
  def addTwoNumbers(l1: ListNode, l2: ListNode): ListNode = {
    val dummy = new ListNode()
    var tail = dummy
    var a = l1
    var b = l2
    var carry = 0
    while (a != null || b != null || carry != 0) {
      val sum = carry + (if (a != null) a.x else 0) + (if (b != null) b.x else 0)
      carry = sum / 10
      tail.next = new ListNode(sum % 10)
      tail = tail.next
      if (a != null) a = a.next
      if (b != null) b = b.next
    }
    dummy.next
  }
}

/**
 * Definition for singly-linked list.
 * class ListNode(_x: Int = 0, _next: ListNode = null) {
 *   var next: ListNode = _next
 *   var x: Int = _x
 * }
 */
object Solution {
  def sortList(head: ListNode): ListNode = {
    val pq = new java.util.PriorityQueue[ListNode]((a, b) => Integer.compare(a.x, b.x))
    var cur = head
    while (cur != null) {
      pq.offer(cur)
      cur = cur.next
    }
    val dummy = new ListNode()
    var tail = dummy
    while (!pq.isEmpty) {
      tail.next = pq.poll()
      tail = tail.next
    }
    tail.next = null
    dummy.next
  }
}

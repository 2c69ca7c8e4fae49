/**
 * Definition for singly-linked list.
 * class ListNode(_x: Int = 0, _next: ListNode = null) {
 *   var next: ListNode = _next
 *   var x: Int = _x
 * }
 */
object Solution {
    def reverseBetween(head: ListNode, left: Int, right: Int): ListNode = {
        val dummy = new ListNode(0, head)
        var prev = dummy
        for (_ <- 1 until left) prev = prev.next
        val cur = prev.next
        for (_ <- 0 until right - left) {
            val nxt = cur.next
            cur.next = nxt.next
            nxt.next = prev.next
            prev.next = nxt
        }
        dummy.next
    }
}

/**
 * Example:
 * var li = ListNode(5)
 * var v = li.`val`
 * Definition for singly-linked list.
 * class ListNode(var `val`: Int) {
 *     var next: ListNode? = null
 * }
 */
class Solution {
    fun reverseBetween(head: ListNode?, left: Int, right: Int): ListNode? {
        val dummy = ListNode(0)
        dummy.next = head
        var prev: ListNode = dummy
        repeat(left - 1) { prev = prev.next!! }
        val cur = prev.next!!
        repeat(right - left) {
            val nxt = cur.next!!
            cur.next = nxt.next
            nxt.next = prev.next
            prev.next = nxt
        }
        return dummy.next
    }
}

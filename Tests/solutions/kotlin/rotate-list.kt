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
    fun rotateRight(head: ListNode?, k: Int): ListNode? {
        if (head?.next == null) return head
        var len = 1
        var tail: ListNode = head
        while (tail.next != null) {
            tail = tail.next!!
            len++
        }
        val shift = k.mod(len)
        if (shift == 0) return head
        var newTail: ListNode = head
        for (i in 0..<len - shift - 1) newTail = newTail.next!!
        val newHead = newTail.next
        newTail.next = null
        tail.next = head
        return newHead
    }
}

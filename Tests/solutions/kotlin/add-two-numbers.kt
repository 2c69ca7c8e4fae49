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
    fun addTwoNumbers(l1: ListNode?, l2: ListNode?): ListNode? {
        val dummy = ListNode(0)
        var tail = dummy
        var a = l1
        var b = l2
        var carry = 0
        while (a != null || b != null || carry != 0) {
            val sum = carry + (a?.`val` ?: 0) + (b?.`val` ?: 0)
            carry = sum / 10
            tail.next = ListNode(sum % 10)
            tail = tail.next!!
            a = a?.next
            b = b?.next
        }
        return dummy.next
    }
}

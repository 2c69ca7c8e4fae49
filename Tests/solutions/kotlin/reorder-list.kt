class Solution {
    fun reorderList(head: ListNode?): Unit {
        if (head == null) return
        var slow: ListNode = head
        var fast: ListNode = head
        while (fast.next != null && fast.next!!.next != null) {
            slow = slow.next!!
            fast = fast.next!!.next!!
        }
        var second = slow.next
        slow.next = null
        var prev: ListNode? = null
        while (second != null) {
            val next = second.next
            second.next = prev
            prev = second
            second = next
        }
        var first: ListNode? = head
        while (prev != null) {
            val a = first!!.next
            val b = prev.next
            first.next = prev
            prev.next = a
            first = a
            prev = b
        }
    }
}

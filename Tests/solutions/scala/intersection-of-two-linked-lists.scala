/**
 * Definition for singly-linked list.
 * class ListNode(_x: Int = 0, _next: ListNode = null) {
 *   var next: ListNode = _next
 *   var x: Int = _x
 * }
 */
object Solution {
    def getIntersectionNode(headA: ListNode, headB: ListNode): ListNode = {
        var a = headA
        var b = headB
        while (!(a eq b)) {
            a = if (a == null) headB else a.next
            b = if (b == null) headA else b.next
        }
        a
    }
}

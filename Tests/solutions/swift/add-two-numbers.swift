/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     public var val: Int
 *     public var next: ListNode?
 *     public init() { self.val = 0; self.next = nil; }
 *     public init(_ val: Int) { self.val = val; self.next = nil; }
 *     public init(_ val: Int, _ next: ListNode?) { self.val = val; self.next = next; }
 * }
 */
class Solution {
    func addTwoNumbers(_ l1: ListNode?, _ l2: ListNode?) -> ListNode? {
        let dummy = ListNode()
        var tail = dummy
        var a = l1, b = l2, carry = 0
        while a != nil || b != nil || carry != 0 {
            let sum = carry + (a?.val ?? 0) + (b?.val ?? 0)
            carry = sum / 10
            tail.next = ListNode(sum % 10)
            tail = tail.next!
            a = a?.next
            b = b?.next
        }
        return dummy.next
    }
}

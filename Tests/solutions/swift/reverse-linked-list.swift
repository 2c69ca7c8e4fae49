class Solution {
    func reverseList(_ head: ListNode?) -> ListNode? {
        var previous: ListNode? = nil
        var node = head
        while let current = node {
            node = current.next
            current.next = previous
            previous = current
        }
        return previous
    }
}

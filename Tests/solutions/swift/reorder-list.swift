class Solution {
    func reorderList(_ head: ListNode?) {
        guard let head = head else { return }
        var slow = head, fast = head
        while let next = fast.next, let after = next.next {
            slow = slow.next!
            fast = after
        }
        var second = slow.next
        slow.next = nil
        var prev: ListNode? = nil
        while let node = second {
            second = node.next
            node.next = prev
            prev = node
        }
        var first: ListNode? = head
        while let p = prev, let f = first {
            let a = f.next, b = p.next
            f.next = p
            p.next = a
            first = a
            prev = b
        }
    }
}

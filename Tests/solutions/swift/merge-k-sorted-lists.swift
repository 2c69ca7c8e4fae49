class Solution {
    func mergeKLists(_ lists: [ListNode?]) -> ListNode? {
        var lists = lists
        if lists.isEmpty { return nil }
        var step = 1
        while step < lists.count {
            var i = 0
            while i + step < lists.count {
                lists[i] = merge(lists[i], lists[i + step])
                i += 2 * step
            }
            step *= 2
        }
        return lists[0]
    }

    private func merge(_ a: ListNode?, _ b: ListNode?) -> ListNode? {
        let dummy = ListNode(0)
        var tail = dummy, a = a, b = b
        while let x = a, let y = b {
            if x.val <= y.val { tail.next = x; a = x.next } else { tail.next = y; b = y.next }
            tail = tail.next!
        }
        tail.next = a ?? b
        return dummy.next
    }
}

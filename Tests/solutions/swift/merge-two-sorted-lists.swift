class Solution {
    func mergeTwoLists(_ list1: ListNode?, _ list2: ListNode?) -> ListNode? {
        guard let a = list1 else { return list2 }
        guard let b = list2 else { return list1 }
        if a.val <= b.val {
            a.next = mergeTwoLists(a.next, b)
            return a
        }
        b.next = mergeTwoLists(a, b.next)
        return b
    }
}

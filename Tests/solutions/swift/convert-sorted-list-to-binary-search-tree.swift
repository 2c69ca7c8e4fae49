class Solution {
    private var current: ListNode?

    private func build(_ count: Int) -> TreeNode? {
        if count == 0 { return nil }
        let left = build(count / 2)
        let root = TreeNode(current!.val)
        current = current!.next
        root.left = left
        root.right = build(count - count / 2 - 1)
        return root
    }

    func sortedListToBST(_ head: ListNode?) -> TreeNode? {
        var size = 0
        var node = head
        while let n = node { size += 1; node = n.next }
        current = head
        return build(size)
    }
}

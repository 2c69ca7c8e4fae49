func reorderList(head *ListNode) {
	slow, fast := head, head
	for fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	second := slow.Next
	slow.Next = nil
	var prev *ListNode
	for second != nil {
		second.Next, prev, second = prev, second, second.Next
	}
	first := head
	for prev != nil {
		a, b := first.Next, prev.Next
		first.Next, prev.Next = prev, a
		first, prev = a, b
	}
}

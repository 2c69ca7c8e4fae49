func sortedListToBST(head *ListNode) *TreeNode {
	size := 0
	for node := head; node != nil; node = node.Next {
		size++
	}
	current := head
	var build func(count int) *TreeNode
	build = func(count int) *TreeNode {
		if count == 0 {
			return nil
		}
		left := build(count / 2)
		root := &TreeNode{Val: current.Val, Left: left}
		current = current.Next
		root.Right = build(count - count/2 - 1)
		return root
	}
	return build(size)
}

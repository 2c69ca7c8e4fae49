func connect(root *Node) *Node {
	leftmost := root
	for leftmost != nil {
		dummy := &Node{}
		tail := dummy
		for node := leftmost; node != nil; node = node.Next {
			if node.Left != nil {
				tail.Next = node.Left
				tail = tail.Next
			}
			if node.Right != nil {
				tail.Next = node.Right
				tail = tail.Next
			}
		}
		leftmost = dummy.Next
	}
	return root
}

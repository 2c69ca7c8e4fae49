func generateTrees(n int) []*TreeNode {
	var build func(low, high int) []*TreeNode
	build = func(low, high int) []*TreeNode {
		if low > high {
			return []*TreeNode{nil}
		}
		var out []*TreeNode
		for root := low; root <= high; root++ {
			for _, left := range build(low, root-1) {
				for _, right := range build(root+1, high) {
					out = append(out, &TreeNode{Val: root, Left: left, Right: right})
				}
			}
		}
		return out
	}
	return build(1, n)
}

/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func buildTree(preorder []int, inorder []int) *TreeNode {
    index := make(map[int]int, len(inorder))
    for i, v := range inorder {
        index[v] = i
    }
    p := 0
    var build func(lo, hi int) *TreeNode
    build = func(lo, hi int) *TreeNode {
        if lo > hi {
            return nil
        }
        val := preorder[p]
        p++
        mid := index[val]
        node := &TreeNode{Val: val}
        node.Left = build(lo, mid-1)
        node.Right = build(mid+1, hi)
        return node
    }
    return build(0, len(inorder)-1)
}

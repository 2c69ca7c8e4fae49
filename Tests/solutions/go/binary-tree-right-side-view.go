/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func rightSideView(root *TreeNode) []int {
    res := []int{}
    if root == nil {
        return res
    }
    level := []*TreeNode{root}
    for len(level) > 0 {
        res = append(res, level[len(level)-1].Val)
        next := []*TreeNode{}
        for _, node := range level {
            if node.Left != nil {
                next = append(next, node.Left)
            }
            if node.Right != nil {
                next = append(next, node.Right)
            }
        }
        level = next
    }
    return res
}

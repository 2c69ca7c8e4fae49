/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
func pathSum(root *TreeNode, targetSum int) [][]int {
    res := [][]int{}
    path := []int{}
    var dfs func(node *TreeNode, remain int)
    dfs = func(node *TreeNode, remain int) {
        if node == nil {
            return
        }
        path = append(path, node.Val)
        remain -= node.Val
        if node.Left == nil && node.Right == nil && remain == 0 {
            res = append(res, append([]int{}, path...))
        }
        dfs(node.Left, remain)
        dfs(node.Right, remain)
        path = path[:len(path)-1]
    }
    dfs(root, targetSum)
    return res
}

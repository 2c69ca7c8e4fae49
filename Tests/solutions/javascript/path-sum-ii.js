/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @param {number} targetSum
 * @return {number[][]}
 */
var pathSum = function(root, targetSum) {
    const res = [], path = [];
    const dfs = (node, remain) => {
        if (!node) return;
        path.push(node.val);
        remain -= node.val;
        if (!node.left && !node.right && remain === 0) res.push([...path]);
        dfs(node.left, remain);
        dfs(node.right, remain);
        path.pop();
    };
    dfs(root, targetSum);
    return res;
};

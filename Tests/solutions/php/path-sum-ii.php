/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     public $val = null;
 *     public $left = null;
 *     public $right = null;
 *     function __construct($val = 0, $left = null, $right = null) {
 *         $this->val = $val;
 *         $this->left = $left;
 *         $this->right = $right;
 *     }
 * }
 */
class Solution {

    /**
     * @param TreeNode $root
     * @param Integer $targetSum
     * @return Integer[][]
     */
    function pathSum($root, $targetSum) {
        $res = [];
        $path = [];
        $this->dfs($root, $targetSum, $path, $res);
        return $res;
    }

    private function dfs($node, $remain, &$path, &$res) {
        if ($node === null) return;
        $path[] = $node->val;
        $remain -= $node->val;
        if ($node->left === null && $node->right === null && $remain == 0) $res[] = $path;
        $this->dfs($node->left, $remain, $path, $res);
        $this->dfs($node->right, $remain, $path, $res);
        array_pop($path);
    }
}

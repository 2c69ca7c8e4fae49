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
     * @return Integer[]
     */
    function rightSideView($root) {
        $res = [];
        if ($root === null) return $res;
        $level = [$root];
        while ($level) {
            $res[] = end($level)->val;
            $next = [];
            foreach ($level as $node) {
                if ($node->left !== null) $next[] = $node->left;
                if ($node->right !== null) $next[] = $node->right;
            }
            $level = $next;
        }
        return $res;
    }
}

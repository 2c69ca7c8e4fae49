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

    private $pre;
    private $index;
    private $pos;

    /**
     * @param Integer[] $preorder
     * @param Integer[] $inorder
     * @return TreeNode
     */
    function buildTree($preorder, $inorder) {
        $this->pre = $preorder;
        $this->index = array_flip($inorder);
        $this->pos = 0;
        return $this->build(0, count($inorder) - 1);
    }

    private function build($lo, $hi) {
        if ($lo > $hi) return null;
        $val = $this->pre[$this->pos++];
        $node = new TreeNode($val);
        $mid = $this->index[$val];
        $node->left = $this->build($lo, $mid - 1);
        $node->right = $this->build($mid + 1, $hi);
        return $node;
    }
}

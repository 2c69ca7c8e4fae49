<?php
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
class BSTIterator {
    private $stack = [];

    /**
     * @param TreeNode $root
     */
    function __construct($root) {
        $this->pushLeft($root);
    }

    private function pushLeft($node) {
        while ($node !== null) {
            $this->stack[] = $node;
            $node = $node->left;
        }
    }

    /**
     * @return Integer
     */
    function next() {
        $node = array_pop($this->stack);
        $this->pushLeft($node->right);
        return $node->val;
    }

    /**
     * @return Boolean
     */
    function hasNext() {
        return count($this->stack) > 0;
    }
}

/**
 * Your BSTIterator object will be instantiated and called as such:
 * $obj = BSTIterator($root);
 * $ret_1 = $obj->next();
 * $ret_2 = $obj->hasNext();
 */

<?php
/**
 * Definition for a Node.
 * class Node {
 *     function __construct($val = 0) {
 *         $this->val = $val;
 *         $this->left = null;
 *         $this->right = null;
 *         $this->next = null;
 *     }
 * }
 */

class Solution {
    /**
     * @param Node $root
     * @return Node
     */
    public function connect($root) {
        $leftmost = $root;
        while ($leftmost !== null && $leftmost->left !== null) {
            for ($node = $leftmost; $node !== null; $node = $node->next) {
                $node->left->next = $node->right;
                if ($node->next !== null) $node->right->next = $node->next->left;
            }
            $leftmost = $leftmost->left;
        }
        return $root;
    }
}

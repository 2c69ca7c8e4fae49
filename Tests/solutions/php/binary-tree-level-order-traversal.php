<?php
/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     public $val = null;
 *     public $left = null;
 *     public $right = null;
 * }
 */
class Solution {
    function levelOrder($root) {
        $out = [];
        $level = $root ? [$root] : [];
        while ($level) {
            $values = [];
            $next = [];
            foreach ($level as $node) {
                $values[] = $node->val;
                if ($node->left) $next[] = $node->left;
                if ($node->right) $next[] = $node->right;
            }
            $out[] = $values;
            $level = $next;
        }
        return $out;
    }
}

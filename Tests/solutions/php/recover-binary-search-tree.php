<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return NULL
     */
    function recoverTree($root) {
        $first = $second = $prev = null;
        $stack = [];
        $node = $root;
        while ($node !== null || $stack) {
            while ($node !== null) {
                $stack[] = $node;
                $node = $node->left;
            }
            $node = array_pop($stack);
            if ($prev !== null && $prev->val > $node->val) {
                if ($first === null) $first = $prev;
                $second = $node;
            }
            $prev = $node;
            $node = $node->right;
        }
        [$first->val, $second->val] = [$second->val, $first->val];
    }
}

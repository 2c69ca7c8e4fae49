<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return NULL
     */
    function flatten($root) {
        for ($node = $root; $node !== null; $node = $node->right) {
            if ($node->left !== null) {
                $last = $node->left;
                while ($last->right !== null) $last = $last->right;
                $last->right = $node->right;
                $node->right = $node->left;
                $node->left = null;
            }
        }
    }
}

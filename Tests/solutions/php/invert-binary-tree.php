<?php
class Solution {
    function invertTree($root) {
        if ($root === null) return null;
        $left = $root->left;
        $root->left = $this->invertTree($root->right);
        $root->right = $this->invertTree($left);
        return $root;
    }
}

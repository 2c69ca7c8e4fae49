<?php
class Solution {
    function maxDepth($root) {
        if ($root === null) return 0;
        return 1 + max($this->maxDepth($root->left), $this->maxDepth($root->right));
    }
}

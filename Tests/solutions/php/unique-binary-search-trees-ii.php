<?php
class Solution {
    /**
     * @param Integer $n
     * @return TreeNode[]
     */
    function generateTrees($n) {
        return $this->build(1, $n);
    }

    private function build($low, $high) {
        if ($low > $high) return [null];
        $out = [];
        for ($root = $low; $root <= $high; $root++) {
            $lefts = $this->build($low, $root - 1);
            $rights = $this->build($root + 1, $high);
            foreach ($lefts as $left) {
                foreach ($rights as $right) {
                    $out[] = new TreeNode($root, $left, $right);
                }
            }
        }
        return $out;
    }
}

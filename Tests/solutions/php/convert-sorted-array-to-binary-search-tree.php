<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return TreeNode
     */
    function sortedArrayToBST($nums) {
        return $this->build($nums, 0, count($nums) - 1);
    }

    private function build($nums, $low, $high) {
        if ($low > $high) return null;
        $middle = intdiv($low + $high, 2);
        return new TreeNode($nums[$middle], $this->build($nums, $low, $middle - 1), $this->build($nums, $middle + 1, $high));
    }
}

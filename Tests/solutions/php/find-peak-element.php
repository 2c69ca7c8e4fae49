<?php
class Solution {

    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function findPeakElement($nums) {
        $lo = 0;
        $hi = count($nums) - 1;
        while ($lo < $hi) {
            $mid = intdiv($lo + $hi, 2);
            if ($nums[$mid] > $nums[$mid + 1]) $hi = $mid;
            else $lo = $mid + 1;
        }
        return $lo;
    }
}

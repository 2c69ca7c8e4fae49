<?php
class Solution {
    function findMedianSortedArrays($nums1, $nums2) {
        $merged = array_merge($nums1, $nums2);
        sort($merged);
        $n = count($merged);
        if ($n % 2 == 1) return (float)$merged[intdiv($n, 2)];
        return ($merged[$n / 2 - 1] + $merged[$n / 2]) / 2.0;
    }
}

<?php
class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer[]
     */
    function twoSum($nums, $target) {
        $seen = [];
        foreach ($nums as $i => $v) {
            if (isset($seen[$target - $v])) return [$seen[$target - $v], $i];
            $seen[$v] = $i;
        }
        return [];
    }
}

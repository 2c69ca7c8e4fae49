<?php
class Solution {
    function maxArea($height) {
        $l = 0;
        $r = count($height) - 1;
        $best = 0;
        while ($l < $r) {
            $best = max($best, min($height[$l], $height[$r]) * ($r - $l));
            if ($height[$l] < $height[$r]) $l++; else $r--;
        }
        return $best;
    }
}

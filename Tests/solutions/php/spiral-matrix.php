<?php
class Solution {
    function spiralOrder($matrix) {
        $out = [];
        $top = 0;
        $bottom = count($matrix) - 1;
        $left = 0;
        $right = count($matrix[0]) - 1;
        while ($top <= $bottom && $left <= $right) {
            for ($j = $left; $j <= $right; $j++) $out[] = $matrix[$top][$j];
            for ($i = $top + 1; $i <= $bottom; $i++) $out[] = $matrix[$i][$right];
            if ($top < $bottom && $left < $right) {
                for ($j = $right - 1; $j >= $left; $j--) $out[] = $matrix[$bottom][$j];
                for ($i = $bottom - 1; $i > $top; $i--) $out[] = $matrix[$i][$left];
            }
            $top++; $bottom--; $left++; $right--;
        }
        return $out;
    }
}

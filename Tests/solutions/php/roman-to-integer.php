<?php
class Solution {
    function romanToInt($s) {
        $value = ["I" => 1, "V" => 5, "X" => 10, "L" => 50, "C" => 100, "D" => 500, "M" => 1000];
        $total = 0;
        for ($i = 0; $i < strlen($s); $i++) {
            $v = $value[$s[$i]];
            $total += ($i + 1 < strlen($s) && $v < $value[$s[$i + 1]]) ? -$v : $v;
        }
        return $total;
    }
}

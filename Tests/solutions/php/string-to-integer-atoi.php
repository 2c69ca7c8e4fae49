<?php
class Solution {
    function myAtoi($s) {
        if (!preg_match('/^ *([+-]?)(\d+)/', $s, $m)) return 0;
        $sign = $m[1] === "-" ? -1 : 1;
        $value = 0;
        foreach (str_split($m[2]) as $digit) {
            $value = $value * 10 + (int)$digit;
            if ($value > 2147483648) break;
        }
        return max(-2147483648, min(2147483647, $sign * $value));
    }
}

<?php
class Solution {
    function intToRoman($num) {
        $table = [1000 => "M", 900 => "CM", 500 => "D", 400 => "CD", 100 => "C", 90 => "XC",
                  50 => "L", 40 => "XL", 10 => "X", 9 => "IX", 5 => "V", 4 => "IV", 1 => "I"];
        $out = "";
        foreach ($table as $value => $symbol) {
            while ($num >= $value) { $out .= $symbol; $num -= $value; }
        }
        return $out;
    }
}

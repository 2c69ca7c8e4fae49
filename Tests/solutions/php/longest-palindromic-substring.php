<?php
class Solution {
    function longestPalindrome($s) {
        $n = strlen($s);
        $start = $length = 0;
        for ($center = 0; $center < 2 * $n - 1; $center++) {
            $l = intdiv($center, 2);
            $r = $l + $center % 2;
            while ($l >= 0 && $r < $n && $s[$l] === $s[$r]) { $l--; $r++; }
            if ($r - $l - 1 > $length) { $start = $l + 1; $length = $r - $l - 1; }
        }
        return substr($s, $start, $length);
    }
}

<?php
class Solution {
    function reverse($x) {
        $result = (int)strrev((string)abs($x)) * ($x < 0 ? -1 : 1);
        return ($result < -2147483648 || $result > 2147483647) ? 0 : $result;
    }
}

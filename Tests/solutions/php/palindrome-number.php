<?php
class Solution {
    function isPalindrome($x) {
        if ($x < 0) return false;
        return (string)$x === strrev((string)$x);
    }
}

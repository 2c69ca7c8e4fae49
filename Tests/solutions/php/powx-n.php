class Solution {

    /**
     * @param Float $x
     * @param Integer $n
     * @return Float
     */
    function myPow($x, $n) {
        if ($n < 0) {
            $x = 1 / $x;
            $n = -$n;
        }
        $result = 1.0;
        while ($n > 0) {
            if ($n & 1) $result *= $x;
            $x *= $x;
            $n >>= 1;
        }
        return $result;
    }
}

class Solution {

    /**
     * @param Integer[][] $triangle
     * @return Integer
     */
    function minimumTotal($triangle) {
        $n = count($triangle);
        $dp = $triangle[$n - 1];
        for ($i = $n - 2; $i >= 0; $i--) {
            for ($j = 0; $j <= $i; $j++) {
                $dp[$j] = $triangle[$i][$j] + min($dp[$j], $dp[$j + 1]);
            }
        }
        return $dp[0];
    }
}

class Solution {

    /**
     * @param Integer $n
     * @return Integer[]
     */
    function grayCode($n) {
        $res = [];
        for ($i = 0; $i < (1 << $n); $i++) {
            $res[] = $i ^ ($i >> 1);
        }
        return $res;
    }
}

class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $k
     * @return NULL
     */
    function rotate(&$nums, $k) {
        $n = count($nums);
        $k %= $n;
        $this->reverse($nums, 0, $n - 1);
        $this->reverse($nums, 0, $k - 1);
        $this->reverse($nums, $k, $n - 1);
    }

    private function reverse(&$nums, $i, $j) {
        while ($i < $j) {
            $t = $nums[$i];
            $nums[$i++] = $nums[$j];
            $nums[$j--] = $t;
        }
    }
}

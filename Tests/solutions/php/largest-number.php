class Solution {

    /**
     * @param Integer[] $nums
     * @return String
     */
    function largestNumber($nums) {
        $strs = array_map('strval', $nums);
        usort($strs, function ($a, $b) {
            return strcmp($b . $a, $a . $b);
        });
        $s = implode("", $strs);
        return $s[0] === "0" ? "0" : $s;
    }
}

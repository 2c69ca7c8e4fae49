class Solution {

    /**
     * @param Integer[][] $matrix
     * @return NULL
     */
    function setZeroes(&$matrix) {
        $rows = [];
        $cols = [];
        foreach ($matrix as $i => $row) {
            foreach ($row as $j => $v) {
                if ($v == 0) {
                    $rows[$i] = true;
                    $cols[$j] = true;
                }
            }
        }
        foreach ($matrix as $i => $row) {
            foreach ($row as $j => $v) {
                if (isset($rows[$i]) || isset($cols[$j])) $matrix[$i][$j] = 0;
            }
        }
    }
}

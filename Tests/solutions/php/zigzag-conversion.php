<?php
class Solution {
    function convert($s, $numRows) {
        if ($numRows == 1) return $s;
        $rows = array_fill(0, $numRows, "");
        $row = 0;
        $step = 1;
        for ($i = 0; $i < strlen($s); $i++) {
            $rows[$row] .= $s[$i];
            if ($row == 0) $step = 1; elseif ($row == $numRows - 1) $step = -1;
            $row += $step;
        }
        return implode("", $rows);
    }
}

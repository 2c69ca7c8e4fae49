<?php
class Solution {

    /**
     * @param String[][] $board
     * @return NULL
     */
    function solveSudoku(&$board) {
        $rows = $cols = $boxes = array_fill(0, 9, []);
        $empty = [];
        for ($r = 0; $r < 9; $r++) {
            for ($c = 0; $c < 9; $c++) {
                $ch = $board[$r][$c];
                if ($ch === ".") { $empty[] = [$r, $c]; continue; }
                $rows[$r][$ch] = $cols[$c][$ch] = $boxes[intdiv($r, 3) * 3 + intdiv($c, 3)][$ch] = true;
            }
        }
        $this->fill($board, $empty, 0, $rows, $cols, $boxes);
    }

    private function fill(&$board, $empty, $k, &$rows, &$cols, &$boxes) {
        if ($k === count($empty)) return true;
        [$r, $c] = $empty[$k];
        $b = intdiv($r, 3) * 3 + intdiv($c, 3);
        for ($d = 1; $d <= 9; $d++) {
            $ch = (string)$d;
            if (isset($rows[$r][$ch]) || isset($cols[$c][$ch]) || isset($boxes[$b][$ch])) continue;
            $board[$r][$c] = $ch;
            $rows[$r][$ch] = $cols[$c][$ch] = $boxes[$b][$ch] = true;
            if ($this->fill($board, $empty, $k + 1, $rows, $cols, $boxes)) return true;
            $board[$r][$c] = ".";
            unset($rows[$r][$ch], $cols[$c][$ch], $boxes[$b][$ch]);
        }
        return false;
    }
}

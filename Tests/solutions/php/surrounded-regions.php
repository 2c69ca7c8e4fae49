class Solution {

    /**
     * @param String[][] $board
     * @return NULL
     */
    function solve(&$board) {
        $m = count($board);
        $n = count($board[0]);
        for ($i = 0; $i < $m; $i++) {
            $this->mark($board, $i, 0, $m, $n);
            $this->mark($board, $i, $n - 1, $m, $n);
        }
        for ($j = 0; $j < $n; $j++) {
            $this->mark($board, 0, $j, $m, $n);
            $this->mark($board, $m - 1, $j, $m, $n);
        }
        for ($i = 0; $i < $m; $i++) {
            for ($j = 0; $j < $n; $j++) {
                $board[$i][$j] = $board[$i][$j] === "#" ? "O" : "X";
            }
        }
    }

    private function mark(&$board, $r, $c, $m, $n) {
        $stack = [[$r, $c]];
        while ($stack) {
            [$i, $j] = array_pop($stack);
            if ($i < 0 || $j < 0 || $i >= $m || $j >= $n || $board[$i][$j] !== "O") continue;
            $board[$i][$j] = "#";
            $stack[] = [$i + 1, $j];
            $stack[] = [$i - 1, $j];
            $stack[] = [$i, $j + 1];
            $stack[] = [$i, $j - 1];
        }
    }
}

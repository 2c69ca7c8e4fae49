class Solution {

    private $res;
    private $n;

    /**
     * @param Integer $n
     * @return String[][]
     */
    function solveNQueens($n) {
        $this->res = [];
        $this->n = $n;
        $this->place(0, []);
        return $this->res;
    }

    private function place($r, $queens) {
        $n = $this->n;
        if ($r == $n) {
            $board = [];
            foreach ($queens as $c) {
                $board[] = str_repeat(".", $c) . "Q" . str_repeat(".", $n - $c - 1);
            }
            $this->res[] = $board;
            return;
        }
        for ($c = 0; $c < $n; $c++) {
            $ok = true;
            foreach ($queens as $qr => $qc) {
                if ($qc == $c || abs($qr - $r) == abs($qc - $c)) {
                    $ok = false;
                    break;
                }
            }
            if (!$ok) continue;
            $queens[$r] = $c;
            $this->place($r + 1, $queens);
            unset($queens[$r]);
        }
    }
}

class Solution {

    /**
     * @param String $s
     * @return String[][]
     */
    function partition($s) {
        $res = [];
        $path = [];
        $this->dfs($s, 0, $path, $res);
        return $res;
    }

    private function isPal($s, $i, $j) {
        while ($i < $j) {
            if ($s[$i++] !== $s[$j--]) return false;
        }
        return true;
    }

    private function dfs($s, $start, &$path, &$res) {
        $n = strlen($s);
        if ($start == $n) {
            $res[] = $path;
            return;
        }
        for ($end = $start; $end < $n; $end++) {
            if ($this->isPal($s, $start, $end)) {
                $path[] = substr($s, $start, $end - $start + 1);
                $this->dfs($s, $end + 1, $path, $res);
                array_pop($path);
            }
        }
    }
}

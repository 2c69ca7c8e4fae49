class Solution {

    /**
     * @param Integer[] $candidates
     * @param Integer $target
     * @return Integer[][]
     */
    function combinationSum2($candidates, $target) {
        sort($candidates);
        $res = [];
        $path = [];
        $this->dfs($candidates, 0, $target, $path, $res);
        return $res;
    }

    private function dfs($c, $start, $remain, &$path, &$res) {
        if ($remain == 0) {
            $res[] = $path;
            return;
        }
        for ($i = $start; $i < count($c); $i++) {
            if ($i > $start && $c[$i] == $c[$i - 1]) continue;
            if ($c[$i] > $remain) break;
            $path[] = $c[$i];
            $this->dfs($c, $i + 1, $remain - $c[$i], $path, $res);
            array_pop($path);
        }
    }
}

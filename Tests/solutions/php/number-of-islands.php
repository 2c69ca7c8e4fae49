class Solution {

    /**
     * @param String[][] $grid
     * @return Integer
     */
    function numIslands($grid) {
        $m = count($grid);
        $n = count($grid[0]);
        $count = 0;
        for ($i = 0; $i < $m; $i++) {
            for ($j = 0; $j < $n; $j++) {
                if ($grid[$i][$j] !== "1") continue;
                $count++;
                $grid[$i][$j] = "0";
                $stack = [[$i, $j]];
                while ($stack) {
                    [$r, $c] = array_pop($stack);
                    foreach ([[1, 0], [-1, 0], [0, 1], [0, -1]] as [$dr, $dc]) {
                        $nr = $r + $dr;
                        $nc = $c + $dc;
                        if ($nr >= 0 && $nc >= 0 && $nr < $m && $nc < $n && $grid[$nr][$nc] === "1") {
                            $grid[$nr][$nc] = "0";
                            $stack[] = [$nr, $nc];
                        }
                    }
                }
            }
        }
        return $count;
    }
}

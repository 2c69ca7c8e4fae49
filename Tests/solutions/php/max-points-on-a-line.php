class Solution {

    /**
     * @param Integer[][] $points
     * @return Integer
     */
    function maxPoints($points) {
        $n = count($points);
        $best = 1;
        for ($i = 0; $i < $n; $i++) {
            $slopes = [];
            for ($j = $i + 1; $j < $n; $j++) {
                $dx = $points[$j][0] - $points[$i][0];
                $dy = $points[$j][1] - $points[$i][1];
                $g = $this->gcd(abs($dx), abs($dy));
                $dx = intdiv($dx, $g);
                $dy = intdiv($dy, $g);
                if ($dx < 0 || ($dx == 0 && $dy < 0)) {
                    $dx = -$dx;
                    $dy = -$dy;
                }
                $key = "$dx/$dy";
                $slopes[$key] = ($slopes[$key] ?? 1) + 1;
                $best = max($best, $slopes[$key]);
            }
        }
        return $best;
    }

    private function gcd($a, $b) {
        return $b == 0 ? $a : $this->gcd($b, $a % $b);
    }
}

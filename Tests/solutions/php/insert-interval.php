class Solution {

    /**
     * @param Integer[][] $intervals
     * @param Integer[] $newInterval
     * @return Integer[][]
     */
    function insert($intervals, $newInterval) {
        $res = [];
        $i = 0;
        $n = count($intervals);
        while ($i < $n && $intervals[$i][1] < $newInterval[0]) {
            $res[] = $intervals[$i++];
        }
        [$start, $end] = $newInterval;
        while ($i < $n && $intervals[$i][0] <= $end) {
            $start = min($start, $intervals[$i][0]);
            $end = max($end, $intervals[$i][1]);
            $i++;
        }
        $res[] = [$start, $end];
        while ($i < $n) {
            $res[] = $intervals[$i++];
        }
        return $res;
    }
}

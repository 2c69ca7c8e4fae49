class Solution {

    /**
     * @param Integer $numerator
     * @param Integer $denominator
     * @return String
     */
    function fractionToDecimal($numerator, $denominator) {
        if ($numerator == 0) return "0";
        $res = "";
        if (($numerator < 0) != ($denominator < 0)) $res .= "-";
        $n = abs($numerator);
        $d = abs($denominator);
        $res .= intdiv($n, $d);
        $rem = $n % $d;
        if ($rem == 0) return $res;
        $res .= ".";
        $seen = [];
        while ($rem != 0) {
            if (isset($seen[$rem])) {
                $idx = $seen[$rem];
                return substr($res, 0, $idx) . "(" . substr($res, $idx) . ")";
            }
            $seen[$rem] = strlen($res);
            $rem *= 10;
            $res .= intdiv($rem, $d);
            $rem %= $d;
        }
        return $res;
    }
}

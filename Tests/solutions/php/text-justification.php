class Solution {

    /**
     * @param String[] $words
     * @param Integer $maxWidth
     * @return String[]
     */
    function fullJustify($words, $maxWidth) {
        $res = [];
        $n = count($words);
        $i = 0;
        while ($i < $n) {
            $j = $i;
            $len = 0;
            while ($j < $n && $len + strlen($words[$j]) + ($j - $i) <= $maxWidth) {
                $len += strlen($words[$j]);
                $j++;
            }
            $gaps = $j - $i - 1;
            if ($j == $n || $gaps == 0) {
                $line = implode(" ", array_slice($words, $i, $j - $i));
                $line = str_pad($line, $maxWidth);
            } else {
                $spaces = $maxWidth - $len;
                $each = intdiv($spaces, $gaps);
                $extra = $spaces % $gaps;
                $line = "";
                for ($k = $i; $k < $j; $k++) {
                    $line .= $words[$k];
                    if ($k < $j - 1) $line .= str_repeat(" ", $each + ($k - $i < $extra ? 1 : 0));
                }
            }
            $res[] = $line;
            $i = $j;
        }
        return $res;
    }
}

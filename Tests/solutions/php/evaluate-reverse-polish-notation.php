class Solution {

    /**
     * @param String[] $tokens
     * @return Integer
     */
    function evalRPN($tokens) {
        $stack = [];
        foreach ($tokens as $t) {
            if ($t === "+" || $t === "-" || $t === "*" || $t === "/") {
                $b = array_pop($stack);
                $a = array_pop($stack);
                switch ($t) {
                    case "+": $stack[] = $a + $b; break;
                    case "-": $stack[] = $a - $b; break;
                    case "*": $stack[] = $a * $b; break;
                    default: $stack[] = intdiv($a, $b);
                }
            } else {
                $stack[] = intval($t);
            }
        }
        return array_pop($stack);
    }
}

class Solution {

    /**
     * @param String $digits
     * @return String[]
     */
    function letterCombinations($digits) {
        if ($digits === "") return [];
        $map = ["2" => "abc", "3" => "def", "4" => "ghi", "5" => "jkl",
                "6" => "mno", "7" => "pqrs", "8" => "tuv", "9" => "wxyz"];
        $res = [""];
        for ($i = 0; $i < strlen($digits); $i++) {
            $next = [];
            foreach ($res as $prefix) {
                foreach (str_split($map[$digits[$i]]) as $c) {
                    $next[] = $prefix . $c;
                }
            }
            $res = $next;
        }
        return $res;
    }
}

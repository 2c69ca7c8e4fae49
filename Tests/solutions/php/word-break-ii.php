class Solution {

    private $dict;
    private $memo;
    private $s;

    /**
     * @param String $s
     * @param String[] $wordDict
     * @return String[]
     */
    function wordBreak($s, $wordDict) {
        $this->dict = array_flip($wordDict);
        $this->memo = [];
        $this->s = $s;
        return $this->dfs(0);
    }

    private function dfs($start) {
        if (isset($this->memo[$start])) return $this->memo[$start];
        $n = strlen($this->s);
        $res = [];
        if ($start == $n) $res[] = "";
        for ($end = $start + 1; $end <= $n; $end++) {
            $word = substr($this->s, $start, $end - $start);
            if (isset($this->dict[$word])) {
                foreach ($this->dfs($end) as $rest) {
                    $res[] = $rest === "" ? $word : $word . " " . $rest;
                }
            }
        }
        $this->memo[$start] = $res;
        return $res;
    }
}

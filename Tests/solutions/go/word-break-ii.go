func wordBreak(s string, wordDict []string) []string {
    dict := map[string]bool{}
    for _, w := range wordDict {
        dict[w] = true
    }
    memo := map[int][]string{}
    var dfs func(start int) []string
    dfs = func(start int) []string {
        if r, ok := memo[start]; ok {
            return r
        }
        res := []string{}
        if start == len(s) {
            res = append(res, "")
        }
        for end := start + 1; end <= len(s); end++ {
            word := s[start:end]
            if !dict[word] {
                continue
            }
            for _, rest := range dfs(end) {
                if rest == "" {
                    res = append(res, word)
                } else {
                    res = append(res, word+" "+rest)
                }
            }
        }
        memo[start] = res
        return res
    }
    return dfs(0)
}

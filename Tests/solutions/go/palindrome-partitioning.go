func partition(s string) [][]string {
    res := [][]string{}
    path := []string{}
    isPal := func(i, j int) bool {
        for i < j {
            if s[i] != s[j] {
                return false
            }
            i++
            j--
        }
        return true
    }
    var dfs func(start int)
    dfs = func(start int) {
        if start == len(s) {
            res = append(res, append([]string{}, path...))
            return
        }
        for end := start; end < len(s); end++ {
            if isPal(start, end) {
                path = append(path, s[start:end+1])
                dfs(end + 1)
                path = path[:len(path)-1]
            }
        }
    }
    dfs(0)
    return res
}

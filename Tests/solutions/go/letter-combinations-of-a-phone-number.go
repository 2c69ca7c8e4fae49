func letterCombinations(digits string) []string {
    if len(digits) == 0 {
        return []string{}
    }
    letters := []string{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"}
    res := []string{""}
    for _, d := range digits {
        next := []string{}
        for _, prefix := range res {
            for _, c := range letters[d-'0'] {
                next = append(next, prefix+string(c))
            }
        }
        res = next
    }
    return res
}

func solveNQueens(n int) [][]string {
    res := [][]string{}
    queens := make([]int, n)
    cols := make([]bool, n)
    d1 := make([]bool, 2*n)
    d2 := make([]bool, 2*n)
    var place func(r int)
    place = func(r int) {
        if r == n {
            board := make([]string, n)
            for i, c := range queens {
                board[i] = strings.Repeat(".", c) + "Q" + strings.Repeat(".", n-c-1)
            }
            res = append(res, board)
            return
        }
        for c := 0; c < n; c++ {
            if cols[c] || d1[r-c+n] || d2[r+c] {
                continue
            }
            cols[c], d1[r-c+n], d2[r+c] = true, true, true
            queens[r] = c
            place(r + 1)
            cols[c], d1[r-c+n], d2[r+c] = false, false, false
        }
    }
    place(0)
    return res
}

func solveSudoku(board [][]byte) {
	var rows, cols, boxes [9][10]bool
	var empty [][2]int
	for i := 0; i < 9; i++ {
		for j := 0; j < 9; j++ {
			if board[i][j] == '.' {
				empty = append(empty, [2]int{i, j})
				continue
			}
			d := board[i][j] - '0'
			rows[i][d], cols[j][d], boxes[i/3*3+j/3][d] = true, true, true
		}
	}
	var solve func(k int) bool
	solve = func(k int) bool {
		if k == len(empty) {
			return true
		}
		i, j := empty[k][0], empty[k][1]
		b := i/3*3 + j/3
		for d := byte(1); d <= 9; d++ {
			if rows[i][d] || cols[j][d] || boxes[b][d] {
				continue
			}
			rows[i][d], cols[j][d], boxes[b][d] = true, true, true
			board[i][j] = '0' + d
			if solve(k + 1) {
				return true
			}
			rows[i][d], cols[j][d], boxes[b][d] = false, false, false
		}
		board[i][j] = '.'
		return false
	}
	solve(0)
}

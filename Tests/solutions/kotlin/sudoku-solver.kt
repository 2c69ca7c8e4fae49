class Solution {
    fun solveSudoku(board: Array<CharArray>): Unit {
        solve(board)
    }

    private fun solve(board: Array<CharArray>): Boolean {
        for (r in 0 until 9) {
            for (c in 0 until 9) {
                if (board[r][c] != '.') continue
                for (d in '1'..'9') {
                    if (valid(board, r, c, d)) {
                        board[r][c] = d
                        if (solve(board)) return true
                        board[r][c] = '.'
                    }
                }
                return false
            }
        }
        return true
    }

    private fun valid(board: Array<CharArray>, r: Int, c: Int, d: Char): Boolean {
        for (i in 0 until 9) {
            if (board[r][i] == d || board[i][c] == d) return false
            if (board[3 * (r / 3) + i / 3][3 * (c / 3) + i % 3] == d) return false
        }
        return true
    }
}

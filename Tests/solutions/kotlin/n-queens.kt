class Solution {
    fun solveNQueens(n: Int): List<List<String>> {
        val res = mutableListOf<List<String>>()
        val board = Array(n) { CharArray(n) { '.' } }
        val cols = BooleanArray(n)
        val d1 = BooleanArray(2 * n)
        val d2 = BooleanArray(2 * n)
        fun place(r: Int) {
            if (r == n) {
                res.add(board.map { String(it) })
                return
            }
            for (c in 0 until n) {
                if (cols[c] || d1[r - c + n] || d2[r + c]) continue
                cols[c] = true; d1[r - c + n] = true; d2[r + c] = true
                board[r][c] = 'Q'
                place(r + 1)
                board[r][c] = '.'
                cols[c] = false; d1[r - c + n] = false; d2[r + c] = false
            }
        }
        place(0)
        return res
    }
}

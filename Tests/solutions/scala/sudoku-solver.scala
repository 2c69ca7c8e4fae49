object Solution {
    def solveSudoku(board: Array[Array[Char]]): Unit = {
        val rows = Array.ofDim[Boolean](9, 10)
        val cols = Array.ofDim[Boolean](9, 10)
        val boxes = Array.ofDim[Boolean](9, 10)
        val empty = scala.collection.mutable.ArrayBuffer[(Int, Int)]()
        for (r <- 0 until 9; c <- 0 until 9) {
            if (board(r)(c) == '.') empty += ((r, c))
            else {
                val d = board(r)(c) - '0'
                rows(r)(d) = true
                cols(c)(d) = true
                boxes(r / 3 * 3 + c / 3)(d) = true
            }
        }

        def solve(k: Int): Boolean = {
            if (k == empty.length) return true
            val (r, c) = empty(k)
            val b = r / 3 * 3 + c / 3
            for (d <- 1 to 9) {
                if (!rows(r)(d) && !cols(c)(d) && !boxes(b)(d)) {
                    rows(r)(d) = true; cols(c)(d) = true; boxes(b)(d) = true
                    board(r)(c) = ('0' + d).toChar
                    if (solve(k + 1)) return true
                    rows(r)(d) = false; cols(c)(d) = false; boxes(b)(d) = false
                    board(r)(c) = '.'
                }
            }
            false
        }

        solve(0)
    }
}

object Solution {
    def solve(board: Array[Array[Char]]): Unit = {
        val m = board.length
        val n = board(0).length
        val stack = scala.collection.mutable.Stack[(Int, Int)]()
        for (i <- 0 until m; j <- 0 until n) {
            if ((i == 0 || j == 0 || i == m - 1 || j == n - 1) && board(i)(j) == 'O') {
                board(i)(j) = '#'
                stack.push((i, j))
            }
        }
        val dirs = List((1, 0), (-1, 0), (0, 1), (0, -1))
        while (stack.nonEmpty) {
            val (r, c) = stack.pop()
            for ((dr, dc) <- dirs) {
                val x = r + dr
                val y = c + dc
                if (x >= 0 && y >= 0 && x < m && y < n && board(x)(y) == 'O') {
                    board(x)(y) = '#'
                    stack.push((x, y))
                }
            }
        }
        for (i <- 0 until m; j <- 0 until n) {
            board(i)(j) = if (board(i)(j) == '#') 'O' else 'X'
        }
    }
}

class Solution {
    fun solve(board: Array<CharArray>): Unit {
        val m = board.size
        val n = board[0].size
        val stack = ArrayDeque<Pair<Int, Int>>()
        for (i in 0 until m) for (j in 0 until n) {
            if ((i == 0 || j == 0 || i == m - 1 || j == n - 1) && board[i][j] == 'O') {
                board[i][j] = '#'
                stack.addLast(i to j)
            }
        }
        val dirs = arrayOf(1 to 0, -1 to 0, 0 to 1, 0 to -1)
        while (stack.isNotEmpty()) {
            val (r, c) = stack.removeLast()
            for ((dr, dc) in dirs) {
                val x = r + dr
                val y = c + dc
                if (x in 0 until m && y in 0 until n && board[x][y] == 'O') {
                    board[x][y] = '#'
                    stack.addLast(x to y)
                }
            }
        }
        for (i in 0 until m) for (j in 0 until n) {
            board[i][j] = if (board[i][j] == '#') 'O' else 'X'
        }
    }
}

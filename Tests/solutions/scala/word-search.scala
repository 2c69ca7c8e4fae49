object Solution {
    def exist(board: Array[Array[Char]], word: String): Boolean = {
        val m = board.length
        val n = board(0).length
        def dfs(i: Int, j: Int, k: Int): Boolean = {
            if (k == word.length) return true
            if (i < 0 || j < 0 || i >= m || j >= n || board(i)(j) != word(k)) return false
            val tmp = board(i)(j)
            board(i)(j) = '#'
            val found = dfs(i + 1, j, k + 1) || dfs(i - 1, j, k + 1) || dfs(i, j + 1, k + 1) || dfs(i, j - 1, k + 1)
            board(i)(j) = tmp
            return found
        }
        for (i <- 0 until m; j <- 0 until n) {
            if (dfs(i, j, 0)) return true
        }
        false
    }
}

class Solution {
    fun numIslands(grid: Array<CharArray>): Int {
        val m = grid.size
        val n = grid[0].size
        var count = 0
        fun sink(si: Int, sj: Int) {
            val q = java.util.LinkedList<IntArray>()
            q.add(intArrayOf(si, sj))
            grid[si][sj] = '0'
            while (q.isNotEmpty()) {
                val (r, c) = q.poll()
                for ((dr, dc) in listOf(1 to 0, -1 to 0, 0 to 1, 0 to -1)) {
                    val x = r + dr
                    val y = c + dc
                    if (x in 0 until m && y in 0 until n && grid[x][y] == '1') {
                        grid[x][y] = '0'
                        q.add(intArrayOf(x, y))
                    }
                }
            }
        }
        for (i in 0 until m) for (j in 0 until n) {
            if (grid[i][j] == '1') {
                count++
                sink(i, j)
            }
        }
        return count
    }
}

object Solution {
    def numIslands(grid: Array[Array[Char]]): Int = {
        val m = grid.length
        val n = grid(0).length
        def sink(i: Int, j: Int): Unit = {
            if (i < 0 || j < 0 || i >= m || j >= n || grid(i)(j) != '1') return
            grid(i)(j) = '0'
            sink(i + 1, j)
            sink(i - 1, j)
            sink(i, j + 1)
            sink(i, j - 1)
        }
        var count = 0
        for (i <- 0 until m; j <- 0 until n) {
            if (grid(i)(j) == '1') {
                count += 1
                sink(i, j)
            }
        }
        count
    }
}

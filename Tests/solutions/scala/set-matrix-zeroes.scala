object Solution {
    def setZeroes(matrix: Array[Array[Int]]): Unit = {
        val m = matrix.length
        val n = matrix(0).length
        val rows = new Array[Boolean](m)
        val cols = new Array[Boolean](n)
        for (i <- 0 until m; j <- 0 until n) {
            if (matrix(i)(j) == 0) {
                rows(i) = true
                cols(j) = true
            }
        }
        for (i <- 0 until m; j <- 0 until n) {
            if (rows(i) || cols(j)) matrix(i)(j) = 0
        }
    }
}

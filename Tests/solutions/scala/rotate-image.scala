object Solution {
    def rotate(matrix: Array[Array[Int]]): Unit = {
        val n = matrix.length
        for (i <- 0 until n; j <- i + 1 until n) {
            val t = matrix(i)(j)
            matrix(i)(j) = matrix(j)(i)
            matrix(j)(i) = t
        }
        for (row <- matrix) {
            var l = 0
            var r = n - 1
            while (l < r) {
                val t = row(l)
                row(l) = row(r)
                row(r) = t
                l += 1
                r -= 1
            }
        }
    }
}

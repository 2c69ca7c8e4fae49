object Solution {
    def generateMatrix(n: Int): Array[Array[Int]] = {
        val m = Array.ofDim[Int](n, n)
        var top = 0
        var bottom = n - 1
        var left = 0
        var right = n - 1
        var v = 1
        while (top <= bottom && left <= right) {
            for (j <- left to right) { m(top)(j) = v; v += 1 }
            top += 1
            for (i <- top to bottom) { m(i)(right) = v; v += 1 }
            right -= 1
            if (top <= bottom) {
                for (j <- right to left by -1) { m(bottom)(j) = v; v += 1 }
                bottom -= 1
            }
            if (left <= right) {
                for (i <- bottom to top by -1) { m(i)(left) = v; v += 1 }
                left += 1
            }
        }
        m
    }
}

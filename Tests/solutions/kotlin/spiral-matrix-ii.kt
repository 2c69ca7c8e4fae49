class Solution {
    fun generateMatrix(n: Int): Array<IntArray> {
        val m = Array(n) { IntArray(n) }
        var top = 0
        var bottom = n - 1
        var left = 0
        var right = n - 1
        var v = 1
        while (top <= bottom && left <= right) {
            for (j in left..right) m[top][j] = v++
            top++
            for (i in top..bottom) m[i][right] = v++
            right--
            if (top <= bottom) {
                for (j in right downTo left) m[bottom][j] = v++
                bottom--
            }
            if (left <= right) {
                for (i in bottom downTo top) m[i][left] = v++
                left++
            }
        }
        return m
    }
}

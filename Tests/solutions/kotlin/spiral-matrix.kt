class Solution {
    fun spiralOrder(matrix: Array<IntArray>): List<Int> {
        val out = mutableListOf<Int>()
        var top = 0
        var bottom = matrix.size - 1
        var left = 0
        var right = matrix[0].size - 1
        while (top <= bottom && left <= right) {
            for (j in left..right) out.add(matrix[top][j])
            for (i in top + 1..bottom) out.add(matrix[i][right])
            if (top < bottom && left < right) {
                for (j in right - 1 downTo left) out.add(matrix[bottom][j])
                for (i in bottom - 1 downTo top + 1) out.add(matrix[i][left])
            }
            top++; bottom--; left++; right--
        }
        return out
    }
}

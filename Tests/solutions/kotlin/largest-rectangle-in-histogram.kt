class Solution {
    fun largestRectangleArea(heights: IntArray): Int {
        val n = heights.size
        val stack = ArrayDeque<Int>()
        var best = 0
        for (i in 0..n) {
            val h = if (i == n) 0 else heights[i]
            while (stack.isNotEmpty() && heights[stack.last()] >= h) {
                val height = heights[stack.removeLast()]
                val left = if (stack.isEmpty()) -1 else stack.last()
                best = maxOf(best, height * (i - left - 1))
            }
            stack.addLast(i)
        }
        return best
    }
}

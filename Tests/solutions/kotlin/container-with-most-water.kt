class Solution {
    fun maxArea(height: IntArray): Int {
        var l = 0
        var r = height.size - 1
        var best = 0
        while (l < r) {
            best = maxOf(best, minOf(height[l], height[r]) * (r - l))
            if (height[l] < height[r]) l++ else r--
        }
        return best
    }
}

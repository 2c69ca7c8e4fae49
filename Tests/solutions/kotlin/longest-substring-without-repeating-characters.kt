class Solution {
    fun lengthOfLongestSubstring(s: String): Int {
        val last = IntArray(128) { -1 }
        var best = 0
        var start = 0
        for ((i, c) in s.withIndex()) {
            if (last[c.code] >= start) start = last[c.code] + 1
            last[c.code] = i
            best = maxOf(best, i - start + 1)
        }
        return best
    }
}

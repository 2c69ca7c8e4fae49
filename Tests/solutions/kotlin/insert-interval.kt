class Solution {
    fun insert(intervals: Array<IntArray>, newInterval: IntArray): Array<IntArray> {
        val res = mutableListOf<IntArray>()
        var i = 0
        val n = intervals.size
        while (i < n && intervals[i][1] < newInterval[0]) res.add(intervals[i++])
        var s = newInterval[0]
        var e = newInterval[1]
        while (i < n && intervals[i][0] <= e) {
            s = minOf(s, intervals[i][0])
            e = maxOf(e, intervals[i][1])
            i++
        }
        res.add(intArrayOf(s, e))
        while (i < n) res.add(intervals[i++])
        return res.toTypedArray()
    }
}

class Solution {
    fun merge(intervals: Array<IntArray>): Array<IntArray> {
        intervals.sortBy { it[0] }
        val res = mutableListOf<IntArray>()
        for (iv in intervals) {
            if (res.isNotEmpty() && res.last()[1] >= iv[0]) {
                res.last()[1] = maxOf(res.last()[1], iv[1])
            } else {
                res.add(intArrayOf(iv[0], iv[1]))
            }
        }
        return res.toTypedArray()
    }
}

object Solution {
    def insert(intervals: Array[Array[Int]], newInterval: Array[Int]): Array[Array[Int]] = {
        val res = scala.collection.mutable.ArrayBuffer[Array[Int]]()
        var i = 0
        val n = intervals.length
        while (i < n && intervals(i)(1) < newInterval(0)) {
            res += intervals(i)
            i += 1
        }
        var s = newInterval(0)
        var e = newInterval(1)
        while (i < n && intervals(i)(0) <= e) {
            s = math.min(s, intervals(i)(0))
            e = math.max(e, intervals(i)(1))
            i += 1
        }
        res += Array(s, e)
        while (i < n) {
            res += intervals(i)
            i += 1
        }
        res.toArray
    }
}

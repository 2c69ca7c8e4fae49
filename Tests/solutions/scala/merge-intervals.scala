object Solution {
    def merge(intervals: Array[Array[Int]]): Array[Array[Int]] = {
        val sorted = intervals.sortBy(_(0))
        val res = scala.collection.mutable.ArrayBuffer[Array[Int]]()
        for (iv <- sorted) {
            if (res.nonEmpty && res.last(1) >= iv(0)) {
                res.last(1) = math.max(res.last(1), iv(1))
            } else {
                res += Array(iv(0), iv(1))
            }
        }
        res.toArray
    }
}

class Solution {
    fun myPow(x: Double, n: Int): Double {
        var base = x
        var e = n.toLong()
        if (e < 0) {
            base = 1 / base
            e = -e
        }
        var res = 1.0
        while (e > 0) {
            if (e and 1L == 1L) res *= base
            base *= base
            e = e shr 1
        }
        return res
    }
}

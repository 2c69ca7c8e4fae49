object Solution {
    def myPow(x: Double, n: Int): Double = {
        var base = x
        var e = n.toLong
        if (e < 0) {
            base = 1 / base
            e = -e
        }
        var res = 1.0
        while (e > 0) {
            if ((e & 1) == 1) res *= base
            base *= base
            e >>= 1
        }
        res
    }
}

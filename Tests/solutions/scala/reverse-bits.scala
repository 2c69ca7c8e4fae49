object Solution {
    // you need treat n as an unsigned value
    def reverseBits(n: Int): Int = {
        var bits = n
        var result = 0
        for (_ <- 0 until 32) {
            result = (result << 1) | (bits & 1)
            bits >>>= 1
        }
        result
    }
}

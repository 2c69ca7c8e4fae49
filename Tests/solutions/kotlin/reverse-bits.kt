class Solution {
    // you need treat n as an unsigned value
    fun reverseBits(n:Int):Int {
        var x = n
        var result = 0
        for (i in 0 until 32) {
            result = (result shl 1) or (x and 1)
            x = x ushr 1
        }
        return result
    }
}

class Solution {
    fun myAtoi(s: String): Int {
        var i = 0
        val n = s.length
        while (i < n && s[i] == ' ') i++
        var sign = 1L
        if (i < n && (s[i] == '+' || s[i] == '-')) sign = if (s[i++] == '-') -1L else 1L
        var value = 0L
        while (i < n && s[i].isDigit()) {
            value = value * 10 + s[i++].digitToInt()
            if (sign * value > Int.MAX_VALUE) return Int.MAX_VALUE
            if (sign * value < Int.MIN_VALUE) return Int.MIN_VALUE
        }
        return (sign * value).toInt()
    }
}

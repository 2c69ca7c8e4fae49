class Solution {
    fun convertToTitle(columnNumber: Int): String {
        var n = columnNumber
        val sb = StringBuilder()
        while (n > 0) {
            n--
            sb.append(Char('A'.code + n % 26))
            n /= 26
        }
        return sb.reverse().toString()
    }
}

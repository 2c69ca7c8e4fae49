class Solution {
    fun convert(s: String, numRows: Int): String {
        if (numRows == 1) return s
        val rows = Array(minOf(numRows, s.length)) { StringBuilder() }
        var row = 0
        var down = false
        for (c in s) {
            rows[row].append(c)
            if (row == 0 || row == numRows - 1) down = !down
            row += if (down) 1 else -1
        }
        return rows.joinToString("")
    }
}

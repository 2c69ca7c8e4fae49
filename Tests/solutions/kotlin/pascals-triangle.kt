class Solution {
    fun generate(numRows: Int): List<List<Int>> {
        val rows = mutableListOf(
            listOf(1),
        )
        for (i in 1..<numRows) {
            val prev = rows.last()
            val row = MutableList(i + 1) { 1 }
            for (j in 1..<i) {
                row[j] = prev[j - 1] + prev[j]
            }
            rows.add(row)
        }
        return rows
    }
}

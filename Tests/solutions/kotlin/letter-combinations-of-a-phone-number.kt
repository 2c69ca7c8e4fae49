class Solution {
    private val map = arrayOf("", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz")

    fun letterCombinations(digits: String): List<String> {
        if (digits.isEmpty()) return emptyList()
        val res = mutableListOf<String>()
        fun dfs(i: Int, sb: StringBuilder) {
            if (i == digits.length) {
                res.add(sb.toString())
                return
            }
            for (c in map[digits[i] - '0']) {
                sb.append(c)
                dfs(i + 1, sb)
                sb.deleteCharAt(sb.length - 1)
            }
        }
        dfs(0, StringBuilder())
        return res
    }
}

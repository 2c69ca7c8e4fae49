class Solution {
    fun generateParenthesis(n: Int): List<String> = buildList {
        fun backtrack(cur: StringBuilder, open: Int, close: Int) {
            if (cur.length == 2 * n) {
                add(cur.toString())
                return
            }
            if (open < n) {
                cur.append('(')
                backtrack(cur, open + 1, close)
                cur.deleteAt(cur.lastIndex)
            }
            if (close < open) {
                cur.append(')')
                backtrack(cur, open, close + 1)
                cur.deleteAt(cur.lastIndex)
            }
        }
        backtrack(StringBuilder(), 0, 0)
    }
}

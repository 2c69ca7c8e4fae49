class Solution {
    fun partition(s: String): List<List<String>> {
        val res = mutableListOf<List<String>>()
        val path = mutableListOf<String>()
        fun isPal(l0: Int, r0: Int): Boolean {
            var l = l0
            var r = r0
            while (l < r) if (s[l++] != s[r--]) return false
            return true
        }
        fun bt(start: Int) {
            if (start == s.length) {
                res.add(ArrayList(path))
                return
            }
            for (end in start until s.length) {
                if (isPal(start, end)) {
                    path.add(s.substring(start, end + 1))
                    bt(end + 1)
                    path.removeAt(path.size - 1)
                }
            }
        }
        bt(0)
        return res
    }
}

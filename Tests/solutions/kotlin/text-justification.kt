class Solution {
    fun fullJustify(words: Array<String>, maxWidth: Int): List<String> {
        val res = mutableListOf<String>()
        var i = 0
        while (i < words.size) {
            var j = i
            var len = 0
            while (j < words.size && len + words[j].length + (j - i) <= maxWidth) {
                len += words[j].length
                j++
            }
            val gaps = j - i - 1
            val sb = StringBuilder()
            if (j == words.size || gaps == 0) {
                sb.append(words.slice(i until j).joinToString(" "))
                while (sb.length < maxWidth) sb.append(' ')
            } else {
                val spaces = maxWidth - len
                val each = spaces / gaps
                val extra = spaces % gaps
                for (k in i until j) {
                    sb.append(words[k])
                    if (k < j - 1) repeat(each + if (k - i < extra) 1 else 0) { sb.append(' ') }
                }
            }
            res.add(sb.toString())
            i = j
        }
        return res
    }
}

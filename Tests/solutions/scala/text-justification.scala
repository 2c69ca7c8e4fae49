object Solution {
    def fullJustify(words: Array[String], maxWidth: Int): List[String] = {
        val res = scala.collection.mutable.ListBuffer[String]()
        var i = 0
        while (i < words.length) {
            var j = i
            var len = 0
            while (j < words.length && len + words(j).length + (j - i) <= maxWidth) {
                len += words(j).length
                j += 1
            }
            val gaps = j - i - 1
            val sb = new StringBuilder
            if (j == words.length || gaps == 0) {
                sb.append(words.slice(i, j).mkString(" "))
                sb.append(" " * (maxWidth - sb.length))
            } else {
                val spaces = maxWidth - len
                val each = spaces / gaps
                val extra = spaces % gaps
                for (k <- i until j) {
                    sb.append(words(k))
                    if (k < j - 1) sb.append(" " * (each + (if (k - i < extra) 1 else 0)))
                }
            }
            res += sb.toString
            i = j
        }
        res.toList
    }
}

object Solution {
    def ladderLength(beginWord: String, endWord: String, wordList: List[String]): Int = {
        val dict = scala.collection.mutable.HashSet[String]() ++= wordList
        if (!dict.contains(endWord)) return 0
        dict -= beginWord
        var queue = List(beginWord)
        var steps = 1
        while (queue.nonEmpty) {
            val next = scala.collection.mutable.ListBuffer[String]()
            for (word <- queue) {
                if (word == endWord) return steps
                val chars = word.toCharArray
                for (i <- chars.indices) {
                    val orig = chars(i)
                    for (c <- 'a' to 'z') {
                        chars(i) = c
                        val cand = new String(chars)
                        if (dict.remove(cand)) next += cand
                    }
                    chars(i) = orig
                }
            }
            queue = next.toList
            steps += 1
        }
        0
    }
}

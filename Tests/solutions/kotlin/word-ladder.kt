class Solution {
    fun ladderLength(beginWord: String, endWord: String, wordList: List<String>): Int {
        val dict = wordList.toHashSet()
        if (endWord !in dict) return 0
        var queue = listOf(beginWord)
        dict.remove(beginWord)
        var steps = 1
        while (queue.isNotEmpty()) {
            val next = mutableListOf<String>()
            for (word in queue) {
                if (word == endWord) return steps
                val chars = word.toCharArray()
                for (i in chars.indices) {
                    val orig = chars[i]
                    for (c in 'a'..'z') {
                        chars[i] = c
                        val cand = String(chars)
                        if (dict.remove(cand)) next.add(cand)
                    }
                    chars[i] = orig
                }
            }
            queue = next
            steps++
        }
        return 0
    }
}

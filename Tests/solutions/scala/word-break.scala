object Solution {
    def wordBreak(s: String, wordDict: List[String]): Boolean = {
        val dict = wordDict.toSet
        val n = s.length
        val dp = Array.fill(n + 1)(false)
        dp(0) = true
        for (i <- 1 to n) {
            dp(i) = (0 until i).exists(j => dp(j) && dict.contains(s.substring(j, i)))
        }
        dp(n)
    }
}

object Solution {
  def isMatch(s: String, p: String): Boolean = {
    val m = s.length
    val n = p.length
    val dp = Array.ofDim[Boolean](m + 1, n + 1)
    dp(m)(n) = true
    for (i <- m to 0 by -1; j <- n - 1 to 0 by -1) {
      val first = i < m && (p(j) == s(i) || p(j) == '.')
      dp(i)(j) = if (j + 1 < n && p(j + 1) == '*') dp(i)(j + 2) || (first && dp(i + 1)(j)) else first && dp(i + 1)(j + 1)
    }
    dp(0)(0)
  }
}

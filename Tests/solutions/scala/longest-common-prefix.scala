object Solution {
  def longestCommonPrefix(strs: Array[String]): String = {
    var prefix = strs(0)
    for (s <- strs) {
      while (!s.startsWith(prefix)) prefix = prefix.dropRight(1)
    }
    prefix
  }
}

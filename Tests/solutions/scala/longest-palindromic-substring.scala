object Solution {
  def longestPalindrome(s: String): String = {
    var start = 0
    var length = 0
    for (center <- 0 until 2 * s.length - 1) {
      var l = center / 2
      var r = l + center % 2
      while (l >= 0 && r < s.length && s(l) == s(r)) { l -= 1; r += 1 }
      if (r - l - 1 > length) { start = l + 1; length = r - l - 1 }
    }
    s.substring(start, start + length)
  }
}

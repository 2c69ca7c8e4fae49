object Solution {
  def myAtoi(s: String): Int = {
    var i = 0
    val n = s.length
    while (i < n && s(i) == ' ') i += 1
    var sign = 1L
    if (i < n && (s(i) == '+' || s(i) == '-')) { if (s(i) == '-') sign = -1L; i += 1 }
    var value = 0L
    while (i < n && s(i).isDigit) {
      value = value * 10 + (s(i) - '0')
      if (sign * value > Int.MaxValue) return Int.MaxValue
      if (sign * value < Int.MinValue) return Int.MinValue
      i += 1
    }
    (sign * value).toInt
  }
}

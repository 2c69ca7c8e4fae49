object Solution {
  def romanToInt(s: String): Int = {
    val value = Map('I' -> 1, 'V' -> 5, 'X' -> 10, 'L' -> 50, 'C' -> 100, 'D' -> 500, 'M' -> 1000)
    s.indices.map { i =>
      val v = value(s(i))
      if (i + 1 < s.length && v < value(s(i + 1))) -v else v
    }.sum
  }
}

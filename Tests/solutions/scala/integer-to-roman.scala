object Solution {
  def intToRoman(num: Int): String = {
    val table = Seq(1000 -> "M", 900 -> "CM", 500 -> "D", 400 -> "CD", 100 -> "C", 90 -> "XC",
      50 -> "L", 40 -> "XL", 10 -> "X", 9 -> "IX", 5 -> "V", 4 -> "IV", 1 -> "I")
    var n = num
    val out = new StringBuilder
    for ((value, symbol) <- table) {
      while (n >= value) { out ++= symbol; n -= value }
    }
    out.toString
  }
}

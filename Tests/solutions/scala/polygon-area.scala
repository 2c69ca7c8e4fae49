object Main {
  def main(args: Array[String]): Unit = {
    val v = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty).map(_.toLong)
    val n = v(0).toInt
    var twice = 0L
    for (i <- 0 until n) {
      val j = (i + 1) % n
      twice += v(1 + 2 * i) * v(2 + 2 * j) - v(1 + 2 * j) * v(2 + 2 * i)
    }
    println(math.abs(twice) / 2.0)
  }
}

object Main {
  def main(args: Array[String]): Unit = {
    val n = scala.io.StdIn.readLine().trim.toInt
    val top = (1 to n).map(i => " " * (n - i) + "*" * (2 * i - 1))
    println((top ++ top.init.reverse).mkString("\n"))
  }
}

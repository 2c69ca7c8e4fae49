import java.io._

object Main {
  def main(args: Array[String]): Unit = {
    val in = new StreamTokenizer(new BufferedInputStream(System.in))
    def next(): Long = { in.nextToken(); in.nval.toLong }
    val n = next().toInt
    val q = next().toInt
    val prefix = new Array[Long](n + 1)
    for (i <- 0 until n) prefix(i + 1) = prefix(i) + next()
    val out = new StringBuilder
    for (_ <- 0 until q) {
      val l = next().toInt
      val r = next().toInt
      out.append(prefix(r) - prefix(l - 1)).append('\n')
    }
    print(out)
  }
}

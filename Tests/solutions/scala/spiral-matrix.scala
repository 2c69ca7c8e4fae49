object Solution {
  def spiralOrder(matrix: Array[Array[Int]]): List[Int] = {
    val out = scala.collection.mutable.ListBuffer[Int]()
    var top = 0
    var bottom = matrix.length - 1
    var left = 0
    var right = matrix(0).length - 1
    while (top <= bottom && left <= right) {
      for (j <- left to right) out += matrix(top)(j)
      for (i <- top + 1 to bottom) out += matrix(i)(right)
      if (top < bottom && left < right) {
        for (j <- right - 1 to left by -1) out += matrix(bottom)(j)
        for (i <- bottom - 1 until top by -1) out += matrix(i)(left)
      }
      top += 1; bottom -= 1; left += 1; right -= 1
    }
    out.toList
  }
}

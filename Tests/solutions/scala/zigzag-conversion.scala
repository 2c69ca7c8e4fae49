object Solution {
  def convert(s: String, numRows: Int): String = {
    if (numRows == 1) return s
    val rows = Array.fill(math.min(numRows, s.length))(new StringBuilder)
    var row = 0
    var down = false
    for (c <- s) {
      rows(row) += c
      if (row == 0 || row == numRows - 1) down = !down
      row += (if (down) 1 else -1)
    }
    rows.mkString
  }
}

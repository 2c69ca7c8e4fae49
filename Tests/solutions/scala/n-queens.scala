object Solution {
    def solveNQueens(n: Int): List[List[String]] = {
        def place(row: Int, queens: List[Int]): List[List[Int]] = {
            if (row == n) List(queens.reverse)
            else (0 until n).toList.filter { c =>
                queens.zipWithIndex.forall { case (qc, i) =>
                    val qr = row - 1 - i
                    qc != c && math.abs(qc - c) != row - qr
                }
            }.flatMap(c => place(row + 1, c :: queens))
        }
        place(0, Nil).map(_.map(c => "." * c + "Q" + "." * (n - c - 1)))
    }
}

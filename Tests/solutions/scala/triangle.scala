object Solution {
    def minimumTotal(triangle: List[List[Int]]): Int = {
        triangle.reverse.reduceLeft { (below, row) =>
            row.zipWithIndex.map { case (v, j) => v + math.min(below(j), below(j + 1)) }
        }.head
    }
}

import scala.collection.mutable.ListBuffer

object Solution {
  def combinationSum(candidates: Array[Int], target: Int): List[List[Int]] = {
    val sorted = candidates.sorted
    val res = ListBuffer[List[Int]]()

    def dfs(
      start: Int,
      remain: Int,
      path: List[Int],
    ): Unit = {
      if (remain == 0) {
        res += path.reverse
        return
      }
      for (i <- start until sorted.length if sorted(i) <= remain) {
        dfs(
          i,
          remain - sorted(i),
          sorted(i) :: path,
        )
      }
    }

    dfs(0, target, Nil)
    res.toList
  }
}

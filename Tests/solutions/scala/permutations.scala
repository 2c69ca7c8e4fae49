import scala.jdk.CollectionConverters._

object Solution {
  def permute(nums: Array[Int]): List[List[Int]] = {
    val res = new java.util.ArrayList[java.util.List[Int]]()
    val used = new Array[Boolean](nums.length)
    val path = new java.util.ArrayList[Int]()

    def backtrack(): Unit = {
      if (path.size == nums.length) {
        res.add(new java.util.ArrayList[Int](path))
        return
      }
      for (i <- nums.indices if !used(i)) {
        used(i) = true
        path.add(nums(i))
        backtrack()
        path.remove(path.size - 1)
        used(i) = false
      }
    }

    backtrack()
    res.asScala.map(_.asScala.toList).toList
  }
}

object Solution {
  def threeSum(nums: Array[Int]): List[List[Int]] = {
    val a = nums.sorted
    val result = scala.collection.mutable.ListBuffer[List[Int]]()
    for (i <- 0 until a.length - 2 if i == 0 || a(i) != a(i - 1)) {
      var l = i + 1
      var r = a.length - 1
      while (l < r) {
        val sum = a(i) + a(l) + a(r)
        if (sum < 0) l += 1
        else if (sum > 0) r -= 1
        else {
          result += List(a(i), a(l), a(r))
          while (l < r && a(l) == a(l + 1)) l += 1
          while (l < r && a(r) == a(r - 1)) r -= 1
          l += 1
          r -= 1
        }
      }
    }
    result.toList
  }
}

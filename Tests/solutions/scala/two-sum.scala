object Solution {
  def twoSum(nums: Array[Int], target: Int): Array[Int] = {
    val seen = scala.collection.mutable.HashMap[Int, Int]()
    for (i <- nums.indices) {
      seen.get(target - nums(i)) match {
        case Some(j) => return Array(j, i)
        case None => seen(nums(i)) = i
      }
    }
    Array()
  }
}

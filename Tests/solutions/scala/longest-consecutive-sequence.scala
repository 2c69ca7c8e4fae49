object Solution {
  def longestConsecutive(nums: Array[Int]): Int = {
    val set = nums.to(Set)
    set.iterator
      .filter(n => !set.contains(n - 1))
      .map { start =>
        var end = start
        while (set.contains(end + 1)) end += 1
        end - start + 1
      }
      .maxOption
      .getOrElse(0)
  }
}

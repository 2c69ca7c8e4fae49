object Solution {
  def lengthOfLongestSubstring(s: String): Int = {
    val last = scala.collection.mutable.Map[Char, Int]()
    var best = 0
    var start = 0
    for (i <- s.indices) {
      last.get(s(i)).foreach(j => if (j >= start) start = j + 1)
      last(s(i)) = i
      best = math.max(best, i - start + 1)
    }
    best
  }
}

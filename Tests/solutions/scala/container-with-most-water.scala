object Solution {
  def maxArea(height: Array[Int]): Int = {
    var l = 0
    var r = height.length - 1
    var best = 0
    while (l < r) {
      best = math.max(best, math.min(height(l), height(r)) * (r - l))
      if (height(l) < height(r)) l += 1 else r -= 1
    }
    best
  }
}

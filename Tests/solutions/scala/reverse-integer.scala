object Solution {
  def reverse(x: Int): Int = {
    var rest = x
    var result = 0L
    while (rest != 0) {
      result = result * 10 + rest % 10
      rest /= 10
    }
    if (result > Int.MaxValue || result < Int.MinValue) 0 else result.toInt
  }
}

object Solution {
  def isPalindrome(x: Int): Boolean = {
    if (x < 0 || (x % 10 == 0 && x != 0)) return false
    var rest = x
    var reversed = 0
    while (rest > reversed) {
      reversed = reversed * 10 + rest % 10
      rest /= 10
    }
    rest == reversed || rest == reversed / 10
  }
}

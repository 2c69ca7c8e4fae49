import scala.collection.mutable.*

object Solution {
  def isValid(s: String): Boolean = {
    val stack = ArrayDeque[Char]()
    val pairs = Map(')' -> '(', ']' -> '[', '}' -> '{')
    for (c <- s) {
      if (pairs.contains(c)) {
        if (stack.isEmpty || stack.removeLast() != pairs(c)) return false
      } else stack.append(c)
    }
    stack.isEmpty
  }
}

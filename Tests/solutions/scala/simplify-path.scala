import scala.collection.mutable.ArrayDeque

object Solution {
  def simplifyPath(path: String): String = {
    val stack = ArrayDeque.empty[String]
    for (part <- path.split("/")) {
      part match {
        case "" | "." =>
        case ".." => if (stack.nonEmpty) stack.removeLast()
        case dir => stack.addOne(dir)
      }
    }
    stack.mkString("/", "/", "")
  }
}

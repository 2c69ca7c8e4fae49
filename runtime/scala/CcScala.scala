// The CloneCode judge's support for Scala solutions, compiled once into the runner image beside
// copies of the Java driver's CcJudge classes (JSON parsing, the test loop and the report on
// descriptor 3): ListNode and TreeNode as LeetCode defines them for Scala, decoding of the tests'
// JSON values into Scala's types, and canonical JSON of any answer.
import scala.reflect.ClassTag

/** Singly-linked list node, as LeetCode defines it for Scala. */
class ListNode(_x: Int = 0, _next: ListNode = null) {
  var next: ListNode = _next
  var x: Int = _x
}

/** Binary tree node, as LeetCode defines it for Scala. */
class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {
  var value: Int = _value
  var left: TreeNode = _left
  var right: TreeNode = _right
}

/** `ListNode(5)` and `TreeNode(1)` without `new`, as LeetCode's Scala 3 allows. */
object ListNode {
  def apply(x: Int = 0, next: ListNode = null): ListNode = new ListNode(x, next)
}

object TreeNode {
  def apply(value: Int = 0, left: TreeNode = null, right: TreeNode = null): TreeNode = new TreeNode(value, left, right)
}

object CcScala {
  private def items(j: Object): Seq[Object] = {
    val list = j.asInstanceOf[java.util.List[Object]]
    (0 until list.size).map(list.get)
  }

  def int(j: Object): Int = j.asInstanceOf[Number].intValue
  def long(j: Object): Long = j.asInstanceOf[Number].longValue
  def double(j: Object): Double = j.asInstanceOf[Number].doubleValue
  def boolean(j: Object): Boolean = j.asInstanceOf[java.lang.Boolean].booleanValue
  def string(j: Object): String = j.asInstanceOf[String]
  def char(j: Object): Char = { val s = string(j); if (s.isEmpty) '\u0000' else s.charAt(0) }
  def array[T: ClassTag](j: Object, f: Object => T): Array[T] = items(j).map(f).toArray
  def list[T](j: Object, f: Object => T): List[T] = items(j).map(f).toList

  def listNode(j: Object): ListNode = {
    val head = new ListNode()
    var tail = head
    for (v <- items(j)) { tail.next = new ListNode(int(v)); tail = tail.next }
    head.next
  }

  def treeNode(j: Object): TreeNode = {
    val v = items(j)
    if (v.isEmpty || v.head == null) return null
    val root = new TreeNode(int(v.head))
    val queue = scala.collection.mutable.Queue(root)
    var k = 1
    while (queue.nonEmpty && k < v.length) {
      val n = queue.dequeue()
      if (k < v.length && v(k) != null) { n.left = new TreeNode(int(v(k))); queue.enqueue(n.left) }
      k += 1
      if (k < v.length && v(k) != null) { n.right = new TreeNode(int(v(k))); queue.enqueue(n.right) }
      k += 1
    }
    root
  }

  /** A list or tree answer: an empty one is null in Scala and [] in the tests. */
  def encodeNode(v: AnyRef): String = if (v == null) "[]" else encode(v)

  /** Any answer a signature allows, as compact JSON. */
  def encode(v: Any): String = v match {
    case null => "null"
    case n: ListNode =>
      val out = new StringBuilder("[")
      var p = n
      var count = 0
      while (p != null) {
        if (count > 0) out.append(',')
        out.append(p.x)
        count += 1
        if (count > 1000000) throw new IllegalStateException("the returned list has a cycle")
        p = p.next
      }
      out.append(']').toString
    case t: TreeNode =>
      val level = scala.collection.mutable.ArrayBuffer[TreeNode](t)
      val out = scala.collection.mutable.ArrayBuffer[String]()
      var k = 0
      while (k < level.length) {
        val n = level(k)
        if (n == null) out += "null" else { out += n.value.toString; level += n.left; level += n.right }
        k += 1
      }
      while (out.nonEmpty && out.last == "null") out.remove(out.length - 1)
      out.mkString("[", ",", "]")
    case d: Double =>
      if (d.isNaN || d.isInfinite) throw new IllegalStateException(s"returned $d, which is not a number JSON can hold")
      d.toString
    case f: Float => encode(f.toDouble)
    case s: String => CcJudge.quote(s)
    case c: Char => CcJudge.quote(c.toString)
    case a: Array[_] => a.map(encode).mkString("[", ",", "]")
    case s: TraversableOnce[_] => s.map(encode).mkString("[", ",", "]")
    case l: java.util.List[_] => encode(scala.collection.JavaConverters.asScalaBufferConverter(l).asScala)
    case other => other.toString
  }
}

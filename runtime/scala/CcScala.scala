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
  def items(j: Object): Seq[Object] = {
    val list = j.asInstanceOf[java.util.List[Object]]
    (0 until list.size).map(list.get)
  }

  def int(j: Object): Int = j.asInstanceOf[Number].intValue
  /** A uint32 (0..4294967295) as LeetCode's Scala holds it: an Int with the same 32 bits. */
  def uint(j: Object): Int = j.asInstanceOf[Number].longValue.toInt
  def long(j: Object): Long = j.asInstanceOf[Number].longValue
  def double(j: Object): Double = j.asInstanceOf[Number].doubleValue
  def boolean(j: Object): Boolean = j.asInstanceOf[java.lang.Boolean].booleanValue
  def string(j: Object): String = j.asInstanceOf[String]
  def char(j: Object): Char = { val s = string(j); if (s.isEmpty) '\u0000' else s.charAt(0) }
  /** An array in one pass over the JSON list (no intermediate collections: test arrays are large). */
  def array[T: ClassTag](j: Object, f: Object => T): Array[T] = {
    val list = j.asInstanceOf[java.util.List[Object]]
    val out = new Array[T](list.size)
    var k = 0
    while (k < out.length) { out(k) = f(list.get(k)); k += 1 }
    out
  }
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

  /** A failure of the solution's answer, reported as the test's error in these words alone. */
  class Failure(message: String) extends RuntimeException(message) {
    override def toString: String = message
  }

  /** Makes the current test a wrong answer with this message (a "copy" holding the input's nodes). */
  def wrong(message: String): Unit = CcJudge.wrong(message)

  /** A uint32 answer: the Int's 32 bits read as unsigned. */
  def encodeUnsigned(v: Int): String = java.lang.Integer.toUnsignedLong(v).toString

  /** The judged answer of a "returned length" question: the array's first k elements. */
  def encodePrefix(a: Array[_], k: Int, name: String): String = {
    if (k < 0 || k > a.length) throw new Failure(s"returned k = $k, but $name has ${a.length} elements")
    encode(a.take(k))
  }

  /** The arguments a builder made from a test's input, and the nodes of its first list in order. */
  class Built(val heads: Array[ListNode], val nodes: Array[ListNode])

  private def chain(values: Seq[Object]): Array[ListNode] = {
    val nodes = values.map(v => new ListNode(int(v))).toArray
    for (k <- 0 until nodes.length - 1) nodes(k).next = nodes(k + 1)
    nodes
  }

  /** [values, pos]: a list whose tail links back to node `pos` (-1: no cycle). */
  def cycle(args: java.util.List[Object]): Built = {
    val nodes = chain(items(args.get(0)))
    val pos = int(args.get(1))
    if (pos >= 0 && pos < nodes.length) nodes(nodes.length - 1).next = nodes(pos)
    new Built(Array(if (nodes.isEmpty) null else nodes(0)), nodes)
  }

  /** [intersectVal, listA, listB, skipA, skipB]: two lists sharing their nodes from listA[skipA] on. */
  def intersection(args: java.util.List[Object]): Built = {
    val a = chain(items(args.get(1)))
    val valuesB = items(args.get(2))
    val shared = int(args.get(0)) != 0
    val skipA = int(args.get(3))
    val skipB = int(args.get(4))
    val b = chain(if (shared) valuesB.take(skipB) else valuesB)
    val tailA: ListNode = if (shared && skipA < a.length) a(skipA) else null
    if (shared && b.nonEmpty) b(b.length - 1).next = tailA
    val headB = if (b.nonEmpty) b(0) else tailA
    new Built(Array(if (a.isEmpty) null else a(0), headB), a)
  }

  /** A node answer under a builder: its position in the first list, null, or -1 for a node not in it. */
  def position(node: ListNode, built: Built): String = {
    if (node == null) return "null"
    val k = built.nodes.indexWhere(_ eq node)
    k.toString
  }

  /** A list or tree answer: an empty one is null in Scala and [] in the tests. */
  def encodeNode(v: AnyRef): String = if (v == null) "[]" else encode(v)
  /** A parameter judged in place: a list or tree that became empty is [] as well. */
  def encodeOutput(v: ListNode): String = encodeNode(v)
  def encodeOutput(v: TreeNode): String = encodeNode(v)
  def encodeOutput(v: Any): String = encode(v)

  /** The items of an array or list; in one of lists or trees, a null element is an empty one: []. */
  private def encodeItems(all: Seq[Any], component: Class[_]): String = {
    val nodes = component == classOf[ListNode] || component == classOf[TreeNode] ||
      all.exists(x => x.isInstanceOf[ListNode] || x.isInstanceOf[TreeNode])
    all.map(x => if (nodes && x == null) "[]" else encode(x)).mkString("[", ",", "]")
  }

  /** An array or list of lists or trees (ListNode[], list<TreeNode>), even one of empty ones only. */
  def encodeNodes(v: Any): String = v match {
    case a: Array[_] => encodeItems(a.toSeq, classOf[ListNode])
    case s: TraversableOnce[_] => encodeItems(s.toSeq, classOf[ListNode])
    case other => encode(other)
  }

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
    case a: Array[_] => encodeItems(a.toSeq, a.getClass.getComponentType)
    case s: TraversableOnce[_] => encodeItems(s.toSeq, classOf[Object])
    case l: java.util.List[_] => encode(scala.collection.JavaConverters.asScalaBufferConverter(l).asScala)
    case other => other.toString
  }
}

// LeetCode's three Scala classes called Node, each in a package of its own so that all three can be
// compiled once into the runner image: a question whose signature names one of them imports it on the
// first line of the solution (language.json's "imports" part), so the solution sees plain `Node`.
// Each package's CcCodec decodes the tests' JSON into nodes and encodes an answer back, checking that
// a copy (#138, #133) holds none of the input's nodes.

/** #116, #117: a binary tree whose nodes also point to the next node of their level. */
package nextnode {
  class Node(var _value: Int) {
    var value: Int = _value
    var left: Node = null
    var right: Node = null
    var next: Node = null
  }

  object CcCodec {
    /** A level-order tree, as TreeNode's, with every `next` null. */
    def decode(j: Object): Node = {
      val v = CcScala.items(j)
      if (v.isEmpty || v.head == null) return null
      val root = new Node(CcScala.int(v.head))
      val queue = scala.collection.mutable.Queue(root)
      var k = 1
      while (queue.nonEmpty && k < v.length) {
        val n = queue.dequeue()
        if (k < v.length && v(k) != null) { n.left = new Node(CcScala.int(v(k))); queue.enqueue(n.left) }
        k += 1
        if (k < v.length && v(k) != null) { n.right = new Node(CcScala.int(v(k))); queue.enqueue(n.right) }
        k += 1
      }
      root
    }

    /** The levels read through `next`, "#" after each: a level starts at the first child of the level above. */
    def encode(root: Node): String = {
      val out = new java.util.ArrayList[String]()
      var first = root
      var count = 0
      while (first != null) {
        var below: Node = null
        var p = first
        while (p != null) {
          count += 1
          if (count > 1000000) throw new CcScala.Failure("the next pointers go round in a cycle (more than 10^6 nodes)")
          out.add(p.value.toString)
          if (below == null) below = if (p.left != null) p.left else p.right
          p = p.next
        }
        out.add("\"#\"")
        first = below
      }
      "[" + String.join(",", out) + "]"
    }
  }
}

/** #138: a list whose nodes also point to any node of the list, or null. */
package randomnode {
  class Node(var _value: Int) {
    var value: Int = _value
    var next: Node = null
    var random: Node = null
  }

  object CcCodec {
    private var input = new java.util.IdentityHashMap[Node, Integer]()

    /** [[val, random index or null], ...] in `next` order; the nodes are remembered for the copy check. */
    def decode(j: Object): Node = {
      val v = CcScala.items(j)
      val nodes = v.map(pair => new Node(CcScala.int(CcScala.items(pair).head))).toArray
      for (k <- nodes.indices) {
        if (k + 1 < nodes.length) nodes(k).next = nodes(k + 1)
        val random = CcScala.items(v(k))(1)
        if (random != null) nodes(k).random = nodes(CcScala.int(random))
      }
      input = new java.util.IdentityHashMap[Node, Integer]()
      for (k <- nodes.indices) input.put(nodes(k), k)
      if (nodes.isEmpty) null else nodes(0)
    }

    def encode(head: Node): String = {
      val index = new java.util.IdentityHashMap[Node, Integer]()
      val order = new java.util.ArrayList[Node]()
      var p = head
      while (p != null) {
        if (index.containsKey(p)) throw new CcScala.Failure(s"the returned list has a cycle: node ${order.size} (val ${p.value}) is node ${index.get(p)} again")
        index.put(p, order.size)
        order.add(p)
        p = p.next
      }
      val out = new StringBuilder("[")
      var wrong: String = null
      for (k <- 0 until order.size) {
        val n = order.get(k)
        if (wrong == null && input.containsKey(n)) wrong = s"the answer's node $k (val ${n.value}) is a node of the input: not a copy"
        if (k > 0) out.append(',')
        out.append('[').append(n.value).append(',')
        if (n.random == null) out.append("null")
        else if (index.containsKey(n.random)) out.append(index.get(n.random))
        else if (input.containsKey(n.random)) {
          if (wrong == null) wrong = s"the answer's node $k (val ${n.value}) has a random pointer to node ${input.get(n.random)} of the input: not a copy"
          out.append(input.get(n.random))
        } else throw new CcScala.Failure(s"the answer's node $k (val ${n.value}) has a random pointer to a node that is not in the returned list")
        out.append(']')
      }
      if (wrong != null) CcScala.wrong(wrong)
      out.append(']').toString
    }
  }
}

/** #133: a node of an undirected graph, with the list of its neighbours. */
package graphnode {
  class Node(var _value: Int) {
    var value: Int = _value
    var neighbors: List[Node] = List()
  }

  object CcCodec {
    private var input = new java.util.IdentityHashMap[Node, Integer]()

    /** An adjacency list: entry i holds the values of node i+1's neighbours; the method gets node 1. */
    def decode(j: Object): Node = {
      val v = CcScala.items(j)
      val nodes = (1 to v.length).map(k => new Node(k)).toArray
      for (k <- nodes.indices) nodes(k).neighbors = CcScala.items(v(k)).map(x => nodes(CcScala.int(x) - 1)).toList
      input = new java.util.IdentityHashMap[Node, Integer]()
      for (k <- nodes.indices) input.put(nodes(k), k)
      if (nodes.isEmpty) null else nodes(0)
    }

    /** Every node reachable from the answer, by value, each with its neighbours' values. */
    def encode(start: Node): String = {
      if (start == null) return "[]"
      val seen = new java.util.IdentityHashMap[Node, java.lang.Boolean]()
      val found = new java.util.ArrayList[Node]()
      val queue = new java.util.ArrayDeque[Node]()
      seen.put(start, true)
      queue.add(start)
      while (!queue.isEmpty) {
        val n = queue.poll()
        found.add(n)
        if (found.size > 1000000) throw new CcScala.Failure("the returned graph has more than 10^6 nodes")
        val neighbors = if (n.neighbors == null) Nil else n.neighbors
        for (m <- neighbors) {
          if (m == null) throw new CcScala.Failure(s"the answer's node with val ${n.value} has a null neighbour")
          if (!seen.containsKey(m)) { seen.put(m, true); queue.add(m) }
        }
      }
      val nodes = scala.collection.JavaConverters.asScalaBufferConverter(found).asScala.sortBy(_.value)
      val wrong = nodes.find(n => input.containsKey(n))
      for (n <- wrong) CcScala.wrong(s"the answer's node with val ${n.value} is a node of the input: not a copy")
      nodes.map(n => (if (n.neighbors == null) Nil else n.neighbors).map(_.value).mkString("[", ",", "]")).mkString("[", ",", "]")
    }
  }
}

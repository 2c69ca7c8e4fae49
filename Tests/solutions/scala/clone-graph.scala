/**
 * Definition for a Node.
 * class Node(var _value: Int) {
 *   var value: Int = _value
 *   var neighbors: List[Node] = List()
 * }
 */

object Solution {
    def cloneGraph(node: Node): Node = {
        if (node == null) return null
        val copies = scala.collection.mutable.HashMap[Node, Node]()
        val queue = scala.collection.mutable.Queue(node)
        copies(node) = new Node(node.value)
        while (queue.nonEmpty) {
            val current = queue.dequeue()
            for (n <- current.neighbors if !copies.contains(n)) {
                copies(n) = new Node(n.value)
                queue.enqueue(n)
            }
        }
        for ((original, copy) <- copies) copy.neighbors = original.neighbors.map(copies)
        copies(node)
    }
}

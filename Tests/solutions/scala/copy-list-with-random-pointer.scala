/**
 * Definition for a Node.
 * class Node(var _value: Int) {
 *   var value: Int = _value
 *   var next: Node = null
 *   var random: Node = null
 * }
 */

object Solution {
    def copyRandomList(head: Node): Node = {
        val copies = scala.collection.mutable.HashMap[Node, Node]()
        var p = head
        while (p != null) {
            copies(p) = new Node(p.value)
            p = p.next
        }
        p = head
        while (p != null) {
            copies(p).next = if (p.next == null) null else copies(p.next)
            copies(p).random = if (p.random == null) null else copies(p.random)
            p = p.next
        }
        if (head == null) null else copies(head)
    }
}

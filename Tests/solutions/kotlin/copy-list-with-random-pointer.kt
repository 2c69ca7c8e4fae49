/**
 * Example:
 * var ti = Node(5)
 * var v = ti.`val`
 * Definition for a Node.
 * class Node(var `val`: Int) {
 *     var next: Node? = null
 *     var random: Node? = null
 * }
 */

class Solution {
    fun copyRandomList(node: Node?): Node? {
        val copies = HashMap<Node, Node>()
        var p = node
        while (p != null) {
            copies[p] = Node(p.`val`)
            p = p.next
        }
        p = node
        while (p != null) {
            val copy = copies[p]!!
            copy.next = p.next?.let { copies[it] }
            copy.random = p.random?.let { copies[it] }
            p = p.next
        }
        return node?.let { copies[it] }
    }
}

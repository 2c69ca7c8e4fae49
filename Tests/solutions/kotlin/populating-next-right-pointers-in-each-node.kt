/**
 * Definition for a Node.
 * class Node(var `val`: Int) {
 *     var left: Node? = null
 *     var right: Node? = null
 *     var next: Node? = null
 * }
 */

class Solution {
    fun connect(root: Node?): Node? {
        var leftmost = root
        while (leftmost?.left != null) {
            var p = leftmost
            while (p != null) {
                p.left!!.next = p.right
                if (p.next != null) p.right!!.next = p.next!!.left
                p = p.next
            }
            leftmost = leftmost.left
        }
        return root
    }
}

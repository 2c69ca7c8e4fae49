/**
 * Definition for a Node.
 * class Node(var _value: Int) {
 *   var value: Int = _value
 *   var left: Node = null
 *   var right: Node = null
 *   var next: Node = null
 * }
 */

object Solution {
    def connect(root: Node): Node = {
        var level = root
        while (level != null && level.left != null) {
            var p = level
            while (p != null) {
                p.left.next = p.right
                if (p.next != null) p.right.next = p.next.left
                p = p.next
            }
            level = level.left
        }
        root
    }
}

/**
 * Definition for a Node.
 * public class Node {
 *     public var val: Int
 *     public var left: Node?
 *     public var right: Node?
 *     public var next: Node?
 *     public init(_ val: Int) {
 *         self.val = val
 *         self.left = nil
 *         self.right = nil
 *         self.next = nil
 *     }
 * }
 */

class Solution {
    func connect(_ root: Node?) -> Node? {
        var leftmost = root
        while let level = leftmost, level.left != nil {
            var node: Node? = level
            while let n = node {
                n.left?.next = n.right
                n.right?.next = n.next?.left
                node = n.next
            }
            leftmost = level.left
        }
        return root
    }
}

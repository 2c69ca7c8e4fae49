/**
 * Definition for a Node.
 * public class Node {
 *     public var val: Int
 *     public var next: Node?
 *     public var random: Node?
 *     public init(_ val: Int) {
 *         self.val = val
 *         self.next = nil
 *         self.random = nil
 *     }
 * }
 */

class Solution {
    func copyRandomList(_ head: Node?) -> Node? {
        var copies: [ObjectIdentifier: Node] = [:]
        var node = head
        while let n = node {
            copies[ObjectIdentifier(n)] = Node(n.val)
            node = n.next
        }
        node = head
        while let n = node {
            let copy = copies[ObjectIdentifier(n)]!
            if let next = n.next { copy.next = copies[ObjectIdentifier(next)] }
            if let random = n.random { copy.random = copies[ObjectIdentifier(random)] }
            node = n.next
        }
        return head.map { copies[ObjectIdentifier($0)]! }
    }
}

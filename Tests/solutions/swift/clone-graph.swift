/**
 * Definition for a Node.
 * public class Node {
 *     public var val: Int
 *     public var neighbors: [Node?]
 *     public init(_ val: Int) {
 *         self.val = val
 *         self.neighbors = []
 *     }
 * }
 */

class Solution {
    func cloneGraph(_ node: Node?) -> Node? {
        guard let node = node else { return nil }
        var copies: [ObjectIdentifier: Node] = [ObjectIdentifier(node): Node(node.val)]
        var queue = [node]
        var k = 0
        while k < queue.count {
            let n = queue[k]
            k += 1
            let copy = copies[ObjectIdentifier(n)]!
            for case let m? in n.neighbors {
                if copies[ObjectIdentifier(m)] == nil {
                    copies[ObjectIdentifier(m)] = Node(m.val)
                    queue.append(m)
                }
                copy.neighbors.append(copies[ObjectIdentifier(m)])
            }
        }
        return copies[ObjectIdentifier(node)]
    }
}

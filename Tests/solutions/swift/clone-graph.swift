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
        var copies: [Node: Node] = [node: Node(node.val)]
        var queue = [node]
        var k = 0
        while k < queue.count {
            let n = queue[k]
            k += 1
            for case let m? in n.neighbors {
                if copies[m] == nil {
                    copies[m] = Node(m.val)
                    queue.append(m)
                }
                copies[n]!.neighbors.append(copies[m])
            }
        }
        return copies[node]
    }
}

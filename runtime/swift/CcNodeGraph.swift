// LeetCode's `Node` for Swift in #133: a node of a graph, with the list of its neighbours, as a module of its own: the
// driver of a question that uses it imports it for the whole program (`@_exported import CcNodeGraph`), so
// the solution sees this `Node` and no other. Hashable by identity, as LeetCode's, so that `[Node: Node]`
// compiles; a solution that declares the conformance itself only gets a warning.
import CcJudge

public class Node {
    public var val: Int
    public var neighbors: [Node?]
    public init(_ val: Int) {
        self.val = val
        self.neighbors = []
    }
}

extension Node: Hashable {
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension Node: CcGraphNode, CcNode {
    public static func ccMake(_ val: Int) -> Node { Node(val) }
    public static func decode(_ json: CcJSON) -> Self? { ccDecodeGraph(json, Node.self) as? Self }
    public var encoded: String { ccEncodeGraph(self) }
}

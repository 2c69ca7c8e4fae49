// LeetCode's `Node` for Swift in #138: a list whose nodes also point to any node of it, or to none, as a module of its own: the
// driver of a question that uses it imports it for the whole program (`@_exported import CcNodeRandom`), so
// the solution sees this `Node` and no other. Hashable by identity, as LeetCode's, so that `[Node: Node]`
// compiles; a solution that declares the conformance itself only gets a warning.
import CcJudge

public class Node {
    public var val: Int
    public var next: Node?
    public var random: Node?
    public init(_ val: Int) {
        self.val = val
        self.next = nil
        self.random = nil
    }
}

extension Node: Hashable {
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension Node: CcRandomNode, CcNode {
    public static func ccMake(_ val: Int) -> Node { Node(val) }
    public static func decode(_ json: CcJSON) -> Self? { ccDecodeRandom(json, Node.self) as? Self }
    public var encoded: String { ccEncodeRandom(self) }
}

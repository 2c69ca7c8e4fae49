// LeetCode's `Node` for Swift in #116, #117: a binary tree whose nodes also point to the next node of their level, as a module of its own: the
// driver of a question that uses it imports it for the whole program (`@_exported import CcNodeNext`), so
// the solution sees this `Node` and no other. Hashable by identity, as LeetCode's, so that `[Node: Node]`
// compiles; a solution that declares the conformance itself only gets a warning.
import CcJudge

public class Node {
    public var val: Int
    public var left: Node?
    public var right: Node?
    public var next: Node?
    public init(_ val: Int) {
        self.val = val
        self.left = nil
        self.right = nil
        self.next = nil
    }
}

extension Node: Hashable {
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension Node: CcNextNode, CcNode {
    public static func ccMake(_ val: Int) -> Node { Node(val) }
    public static func decode(_ json: CcJSON) -> Self? { ccDecodeNext(json, Node.self) as? Self }
    public var encoded: String { ccEncodeNext(self) }
}

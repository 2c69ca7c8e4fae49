// The CloneCode judge's support for Swift solutions, compiled once into the runner image as the
// module CcJudge, which each submission imports implicitly (main.swift, the generated driver, calls it): JSON test data in, canonical JSON answers out, each test's result as
// one JSON line on file descriptor 3, and ListNode and TreeNode as LeetCode defines them for Swift.
// Also what the newer kinds need: the codecs of LeetCode's `Node`s (each class is a module of its own,
// imported by the driver of the question that uses it), the builders of lists with a cycle or a shared tail, the
// returned-length prefix, in-place calls, design questions' calls, and a test's `error` and `wrong`.
import Glibc

/// Singly-linked list node, as LeetCode defines it for Swift.
public class ListNode {
    public var val: Int
    public var next: ListNode?
    public init() { self.val = 0; self.next = nil }
    public init(_ val: Int) { self.val = val; self.next = nil }
    public init(_ val: Int, _ next: ListNode?) { self.val = val; self.next = next }
}

/// Binary tree node, as LeetCode defines it for Swift.
public class TreeNode {
    public var val: Int
    public var left: TreeNode?
    public var right: TreeNode?
    public init() { self.val = 0; self.left = nil; self.right = nil }
    public init(_ val: Int) { self.val = val; self.left = nil; self.right = nil }
    public init(_ val: Int, _ left: TreeNode?, _ right: TreeNode?) { self.val = val; self.left = left; self.right = right }
}

// Hashable by identity, as LeetCode's (`[TreeNode: TreeNode]`, `Set<ListNode>` compile); a solution that
// declares these conformances itself only gets a warning, since they are stated in this module.
extension ListNode: Hashable {
    public static func == (lhs: ListNode, rhs: ListNode) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension TreeNode: Hashable {
    public static func == (lhs: TreeNode, rhs: TreeNode) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A parsed JSON value.
public enum CcJSON {
    case null, bool(Bool), number(String), string(String), array([CcJSON]), object([String: CcJSON])

    public static func parse(_ text: String) -> CcJSON {
        var p = Parser(bytes: Array(text.utf8))
        return p.value()
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func space() { while i < bytes.count, [9, 10, 13, 32].contains(bytes[i]) { i += 1 } }

        mutating func value() -> CcJSON {
            space()
            switch bytes[i] {
            case UInt8(ascii: "["):
                i += 1
                var items: [CcJSON] = []
                space()
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                while true {
                    items.append(value())
                    space()
                    let d = bytes[i]; i += 1
                    if d == UInt8(ascii: "]") { return .array(items) }
                }
            case UInt8(ascii: "{"):
                i += 1
                var map: [String: CcJSON] = [:]
                space()
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(map) }
                while true {
                    space()
                    guard case .string(let key) = value() else { return .null }
                    space(); i += 1
                    map[key] = value()
                    space()
                    let d = bytes[i]; i += 1
                    if d == UInt8(ascii: "}") { return .object(map) }
                }
            case UInt8(ascii: "\""):
                i += 1
                var out: [UInt8] = []
                var units: [UInt16] = []
                func flushUnits() { if !units.isEmpty { out += Array(String(decoding: units, as: UTF16.self).utf8); units = [] } }
                while bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] != UInt8(ascii: "\\") { flushUnits(); out.append(bytes[i]); i += 1; continue }
                    let e = bytes[i + 1]; i += 2
                    switch e {
                    case UInt8(ascii: "n"): flushUnits(); out.append(10)
                    case UInt8(ascii: "t"): flushUnits(); out.append(9)
                    case UInt8(ascii: "r"): flushUnits(); out.append(13)
                    case UInt8(ascii: "b"): flushUnits(); out.append(8)
                    case UInt8(ascii: "f"): flushUnits(); out.append(12)
                    case UInt8(ascii: "u"):
                        units.append(UInt16(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) ?? 0xFFFD)
                        i += 4
                    default: flushUnits(); out.append(e)
                    }
                }
                flushUnits()
                i += 1
                return .string(String(decoding: out, as: UTF8.self))
            case UInt8(ascii: "t"): i += 4; return .bool(true)
            case UInt8(ascii: "f"): i += 5; return .bool(false)
            case UInt8(ascii: "n"): i += 4; return .null
            default:
                let start = i
                while i < bytes.count, "+-.eE0123456789".utf8.contains(bytes[i]) { i += 1 }
                return .number(String(decoding: bytes[start..<i], as: UTF8.self))
            }
        }
    }

    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A value a signature allows: decoded from the tests' JSON, encoded as canonical JSON.
public protocol CcValue {
    init(cc json: CcJSON)
    var ccJSON: String { get }
}

extension Int: CcValue {
    public init(cc json: CcJSON) { if case .number(let t) = json { self = Int(t) ?? Int(Double(t) ?? 0) } else { self = 0 } }
    public var ccJSON: String { String(self) }
}

extension Double: CcValue {
    public init(cc json: CcJSON) { if case .number(let t) = json { self = Double(t) ?? 0 } else { self = 0 } }
    public var ccJSON: String {
        precondition(isFinite, "returned \(self), which is not a number JSON can hold")
        return "\(self)"
    }
}

extension Bool: CcValue {
    public init(cc json: CcJSON) { if case .bool(let b) = json { self = b } else { self = false } }
    public var ccJSON: String { self ? "true" : "false" }
}

extension String: CcValue {
    public init(cc json: CcJSON) { if case .string(let s) = json { self = s } else { self = "" } }
    public var ccJSON: String { CcJSON.quote(self) }
}

extension Character: CcValue {
    public init(cc json: CcJSON) { if case .string(let s) = json, let c = s.first { self = c } else { self = "\0" } }
    public var ccJSON: String { CcJSON.quote(String(self)) }
}

extension Array: CcValue where Element: CcValue {
    public init(cc json: CcJSON) { if case .array(let items) = json { self = items.map { Element(cc: $0) } } else { self = [] } }
    public var ccJSON: String { "[" + map(\.ccJSON).joined(separator: ",") + "]" }
}

extension Optional: CcValue where Wrapped: CcNode {
    public init(cc json: CcJSON) { self = Wrapped.decode(json) }
    public var ccJSON: String { self.map { $0.encoded } ?? "[]" }
}

/// ListNode and TreeNode in their LeetCode JSON forms (a list; a level-order array with nulls).
public protocol CcNode {
    static func decode(_ json: CcJSON) -> Self?
    var encoded: String { get }
}

extension ListNode: CcNode {
    public static func decode(_ json: CcJSON) -> Self? {
        guard case .array(let items) = json else { return nil }
        let head = ListNode(0)
        var tail = head
        for item in items { let node = ListNode(Int(cc: item)); tail.next = node; tail = node }
        return head.next as? Self
    }
    public var encoded: String {
        var values: [String] = []
        var node: ListNode? = self
        while let n = node {
            values.append(String(n.val))
            precondition(values.count <= 1_000_000, "the returned list has a cycle")
            node = n.next
        }
        return "[" + values.joined(separator: ",") + "]"
    }
}

extension TreeNode: CcNode {
    public static func decode(_ json: CcJSON) -> Self? {
        guard case .array(let v) = json, let first = v.first, case .number = first else { return nil }
        let root = TreeNode(Int(cc: first))
        var queue: [TreeNode] = [root]
        var head = 0, k = 1
        while head < queue.count && k < v.count {
            let n = queue[head]; head += 1
            if k < v.count, case .number = v[k] { n.left = TreeNode(Int(cc: v[k])); queue.append(n.left!) }
            k += 1
            if k < v.count, case .number = v[k] { n.right = TreeNode(Int(cc: v[k])); queue.append(n.right!) }
            k += 1
        }
        return root as? Self
    }
    public var encoded: String {
        var out: [String] = []
        var level: [TreeNode?] = [self]
        var k = 0
        while k < level.count {
            if let n = level[k] { out.append(String(n.val)); level.append(n.left); level.append(n.right) } else { out.append("null") }
            k += 1
        }
        while out.last == "null" { out.removeLast() }
        return "[" + out.joined(separator: ",") + "]"
    }
}

// MARK: - What a test's answer can say besides its value

/// The current test's runtime error, found by the driver (a returned length out of range, a cycle
/// in a returned structure): reported as the test's error instead of its answer.
nonisolated(unsafe) var ccErrorMessage: String?
/// Why the current test's answer is wrong whatever its value (a "copy" made of the input's nodes).
nonisolated(unsafe) var ccWrongMessage: String?
/// The nodes the driver built for the current test's input (and their positions), kept alive for
/// the whole test so that no new node can take an input node's address.
nonisolated(unsafe) var ccInputNodes: [ObjectIdentifier: Int] = [:]
nonisolated(unsafe) var ccKept: [AnyObject] = []

/// Makes the current test a runtime error with this message (the first one given counts).
public func ccError(_ message: String) { if ccErrorMessage == nil { ccErrorMessage = message } }
/// Whether the current test already has a runtime error.
public func ccFailed() -> Bool { ccErrorMessage != nil }
/// Makes the current test a wrong answer with this message (the first one given counts).
public func ccWrong(_ message: String) { if ccWrongMessage == nil { ccWrongMessage = message } }

func ccRemember(_ nodes: [AnyObject]) {
    for (k, node) in nodes.enumerated() { ccInputNodes[ObjectIdentifier(node)] = k }
    ccKept += nodes
}

func ccInputIndex(_ node: AnyObject) -> Int? { ccInputNodes[ObjectIdentifier(node)] }

let ccMaxNodes = 1_000_000

// MARK: - Returned length plus prefix (#26, #27)

/// The first k elements of the judged parameter; k outside 0...count is the solution's error.
public func ccPrefix<T: CcValue>(_ array: [T], _ k: Int, _ name: String) -> String {
    guard k >= 0, k <= array.count else {
        ccError("returned k = \(k), but \(name) has \(array.count) element\(array.count == 1 ? "" : "s")")
        return "null"
    }
    return Array(array[0..<k]).ccJSON
}

// MARK: - Builders: a list with a cycle (#141, #142), two lists that meet (#160)

/// The lists a builder made from a test's input, and the positions of the first list's nodes.
public struct CcBuiltLists {
    public let heads: [ListNode?]
    let positions: [ObjectIdentifier: Int]

    /// A returned node as its position in the first list: null for nil, -1 for a node not in it.
    public func position(of node: ListNode?) -> String {
        guard let node else { return "null" }
        return String(positions[ObjectIdentifier(node)] ?? -1)
    }
}

func ccNodes(_ json: CcJSON) -> [ListNode] {
    guard case .array(let items) = json else { return [] }
    let nodes = items.map { ListNode(Int(cc: $0)) }
    for k in nodes.indices.dropLast() { nodes[k].next = nodes[k + 1] }
    return nodes
}

/// Input [values, pos]: a list whose tail links to node pos (-1: no cycle).
public func ccBuildCycle(_ args: [CcJSON]) -> CcBuiltLists {
    let nodes = ccNodes(args.count > 0 ? args[0] : .null)
    let pos = args.count > 1 ? Int(cc: args[1]) : -1
    if pos >= 0, pos < nodes.count { nodes[nodes.count - 1].next = nodes[pos] }
    ccKept += nodes
    var positions: [ObjectIdentifier: Int] = [:]
    for (k, node) in nodes.enumerated() { positions[ObjectIdentifier(node)] = k }
    return CcBuiltLists(heads: [nodes.first], positions: positions)
}

/// Input [intersectVal, listA, listB, skipA, skipB]: list B's nodes from skipB on are list A's from
/// skipA on (no shared nodes when intersectVal is 0).
public func ccBuildIntersection(_ args: [CcJSON]) -> CcBuiltLists {
    let intersect = args.count > 0 ? Int(cc: args[0]) : 0
    let a = ccNodes(args.count > 1 ? args[1] : .null)
    var b = ccNodes(args.count > 2 ? args[2] : .null)
    let skipA = args.count > 3 ? Int(cc: args[3]) : 0
    let skipB = args.count > 4 ? Int(cc: args[4]) : 0
    if intersect != 0, skipA >= 0, skipA < a.count, skipB >= 0, skipB <= b.count {
        b = Array(b.prefix(skipB))
        if let last = b.last { last.next = a[skipA] }
    }
    ccKept += a
    ccKept += b
    var positions: [ObjectIdentifier: Int] = [:]
    for (k, node) in a.enumerated() { positions[ObjectIdentifier(node)] = k }
    let headB = intersect != 0 && skipB == 0 && skipA >= 0 && skipA < a.count ? a[skipA] : b.first
    return CcBuiltLists(heads: [a.first, headB], positions: positions)
}

// MARK: - LeetCode's three `Node`s. Each is a module of its own (CcNodeNext.swift, CcNodeRandom.swift,
// CcNodeGraph.swift) whose `Node` conforms to one of these protocols; the codecs are here.

/// `Node` with val, left, right, next (#116, #117).
public protocol CcNextNode: AnyObject {
    associatedtype Link: CcNextNode
    static func ccMake(_ val: Int) -> Link
    var val: Int { get }
    var left: Link? { get set }
    var right: Link? { get set }
    var next: Link? { get set }
}

/// A level-order array with nulls, as for TreeNode.
public func ccDecodeNext<N: CcNextNode>(_ json: CcJSON, _ type: N.Type) -> N? where N.Link == N {
    guard case .array(let v) = json, let first = v.first, case .number = first else { return nil }
    let root = N.ccMake(Int(cc: first))
    var queue: [N] = [root]
    var head = 0, k = 1
    while head < queue.count && k < v.count {
        let n = queue[head]; head += 1
        if k < v.count, case .number = v[k] { let c = N.ccMake(Int(cc: v[k])); n.left = c; queue.append(c) }
        k += 1
        if k < v.count, case .number = v[k] { let c = N.ccMake(Int(cc: v[k])); n.right = c; queue.append(c) }
        k += 1
    }
    return root
}

/// The levels read through `next`, "#" after each: [1,"#",2,3,"#"]. A level's first node is the
/// first child found among the level above's nodes in `next` order.
public func ccEncodeNext<N: CcNextNode>(_ root: N) -> String where N.Link == N {
    var out: [String] = []
    var first: N? = root
    var count = 0
    while let start = first {
        first = nil
        var node: N? = start
        while let n = node {
            count += 1
            if count > ccMaxNodes { ccError("the returned tree's next pointers form a cycle (more than \(ccMaxNodes) nodes)"); return "[]" }
            out.append(String(n.val))
            if first == nil { first = n.left ?? n.right }
            node = n.next
        }
        out.append("\"#\"")
    }
    return "[" + out.joined(separator: ",") + "]"
}

/// `Node` with val, next, random (#138).
public protocol CcRandomNode: AnyObject {
    associatedtype Link: CcRandomNode
    static func ccMake(_ val: Int) -> Link
    var val: Int { get }
    var next: Link? { get set }
    var random: Link? { get set }
}

/// [[val, index of the random target or null], ...] in `next` order; the nodes are the input's.
public func ccDecodeRandom<N: CcRandomNode>(_ json: CcJSON, _ type: N.Type) -> N? where N.Link == N {
    guard case .array(let items) = json else { return nil }
    let nodes: [N] = items.map { item in
        if case .array(let pair) = item, let v = pair.first { return N.ccMake(Int(cc: v)) }
        return N.ccMake(0)
    }
    for (k, item) in items.enumerated() {
        if k + 1 < nodes.count { nodes[k].next = nodes[k + 1] }
        if case .array(let pair) = item, pair.count > 1, case .number = pair[1] {
            let target = Int(cc: pair[1])
            if target >= 0, target < nodes.count { nodes[k].random = nodes[target] }
        }
    }
    ccRemember(nodes)
    return nodes.first
}

/// The answer in the same form; a node of the input in it makes the answer wrong (not a copy).
public func ccEncodeRandom<N: CcRandomNode>(_ head: N) -> String where N.Link == N {
    var nodes: [N] = []
    var index: [ObjectIdentifier: Int] = [:]
    var node: N? = head
    while let n = node {
        if nodes.count >= ccMaxNodes { ccError("the returned list has a cycle (more than \(ccMaxNodes) nodes)"); return "[]" }
        if index[ObjectIdentifier(n)] != nil { ccError("the returned list has a cycle: its node \(nodes.count) (val \(n.val)) is its node \(index[ObjectIdentifier(n)]!) again"); return "[]" }
        index[ObjectIdentifier(n)] = nodes.count
        nodes.append(n)
        node = n.next
    }
    var out: [String] = []
    for (k, n) in nodes.enumerated() {
        if let original = ccInputIndex(n) {
            ccWrong("the answer's node \(k) (val \(n.val)) is a node of the input (its node \(original)): not a copy")
        }
        var random = "null"
        if let r = n.random {
            if let target = index[ObjectIdentifier(r)] {
                random = String(target)
            } else if let original = ccInputIndex(r) {
                ccWrong("the answer's node \(k) (val \(n.val)) has its random pointer on the input's node \(original): not a copy")
            } else {
                ccWrong("the answer's node \(k) (val \(n.val)) has its random pointer on a node that is not in the returned list")
            }
        }
        out.append("[\(n.val),\(random)]")
    }
    return "[" + out.joined(separator: ",") + "]"
}

/// `Node` with val, neighbors (#133).
public protocol CcGraphNode: AnyObject {
    associatedtype Link: CcGraphNode
    static func ccMake(_ val: Int) -> Link
    var val: Int { get }
    var neighbors: [Link?] { get set }
}

/// An adjacency list: item i lists node i+1's neighbours' values; the method gets node 1.
public func ccDecodeGraph<N: CcGraphNode>(_ json: CcJSON, _ type: N.Type) -> N? where N.Link == N {
    guard case .array(let lists) = json, !lists.isEmpty else { return nil }
    let nodes: [N] = (0..<lists.count).map { N.ccMake($0 + 1) }
    for (k, list) in lists.enumerated() {
        guard case .array(let values) = list else { continue }
        nodes[k].neighbors = values.map { v in
            let target = Int(cc: v)
            return target >= 1 && target <= nodes.count ? nodes[target - 1] : nil
        }
    }
    ccRemember(nodes)
    return nodes[0]
}

/// Every node reachable from the answer, ordered by val: each one's neighbours' values in order.
public func ccEncodeGraph<N: CcGraphNode>(_ start: N) -> String where N.Link == N {
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(start)]
    var nodes: [N] = [start]
    var k = 0
    while k < nodes.count {
        for case let m? in nodes[k].neighbors where !seen.contains(ObjectIdentifier(m)) {
            if nodes.count >= ccMaxNodes { ccError("the returned graph has more than \(ccMaxNodes) nodes"); return "[]" }
            seen.insert(ObjectIdentifier(m))
            nodes.append(m)
        }
        k += 1
    }
    for n in nodes {
        if ccInputIndex(n) != nil {
            ccWrong("the answer's node with val \(n.val) is a node of the input: not a copy")
            break
        }
    }
    let ordered = nodes.enumerated().sorted { ($0.element.val, $0.offset) < ($1.element.val, $1.offset) }.map(\.element)
    return "[" + ordered.map { n in "[" + n.neighbors.compactMap { $0.map { String($0.val) } }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
}

// MARK: - Design questions

/// A design test's input, LeetCode's pair of lists [["LRUCache","put","get"],[[2],[1,1],[2]]], as
/// its calls: each method's name and its arguments (the first call is the constructor's).
public func ccCalls(_ input: [CcJSON]) -> [(name: String, args: [CcJSON])] {
    guard input.count == 2, case .array(let names) = input[0], case .array(let lists) = input[1] else {
        ccError("a design test's input is [names, arguments]")
        return []
    }
    return names.enumerated().map { k, name in
        let args: [CcJSON]
        if k < lists.count, case .array(let items) = lists[k] { args = items } else { args = [] }
        return (String(cc: name), args)
    }
}

/// The answer of a design test: one value per call.
public func ccDesignAnswer(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }

/// Runs every test: `test` decodes a test's arguments, calls the solution and returns the answer's
/// JSON. What the solution prints goes to a file in the box, read back after each test.
public func ccRun(_ testsPath: String, _ test: ([CcJSON]) -> String) {
    guard let file = fopen(testsPath, "r") else { exit(2) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    fclose(file)
    guard case .object(let spec) = CcJSON.parse(String(decoding: bytes, as: UTF8.self)), case .array(let inputs)? = spec["inputs"] else { exit(2) }
    let captured = open("stdout.txt", O_RDWR | O_CREAT | O_TRUNC, 0o600)
    let realOut = dup(1)
    _ = write(3, "\n", 1)  // ready: the tests begin, and the runner's clock for them starts
    for (k, input) in inputs.enumerated() {
        guard case .array(let args) = input else { exit(2) }
        fflush(stdout)
        ftruncate(captured, 0)
        lseek(captured, 0, SEEK_SET)
        dup2(captured, 1)
        var start = timespec(), end = timespec()
        ccWrongMessage = nil
        ccErrorMessage = nil
        clock_gettime(CLOCK_MONOTONIC, &start)
        let out = test(args)
        clock_gettime(CLOCK_MONOTONIC, &end)
        fflush(stdout)
        dup2(realOut, 1)
        ccInputNodes = [:]
        ccKept = []
        let size = Int(lseek(captured, 0, SEEK_END))
        if size > 8 << 20 { ccReport("{\"i\":\(k),\"output_limit\":true}"); return }
        var kept = [UInt8](repeating: 0, count: min(size, 64 << 10))
        _ = pread(captured, &kept, kept.count, 0)
        let ms = Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
        let stdoutText = CcJSON.quote(String(decoding: kept, as: UTF8.self))
        if let error = ccErrorMessage {
            ccReport("{\"i\":\(k),\"error\":\(CcJSON.quote(error)),\"stdout\":\(stdoutText)}")
            continue
        }
        let wrong = ccWrongMessage.map { ",\"wrong\":" + CcJSON.quote($0) } ?? ""
        ccReport("{\"i\":\(k),\"ms\":\((ms * 1000).rounded() / 1000),\"out\":\(CcJSON.quote(out))\(wrong),\"stdout\":\(stdoutText)}")
    }
}

public func ccReport(_ line: String) {
    var bytes = Array((line + "\n").utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(3, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { return }
        done += n
    }
}

// The CloneCode judge's support for Swift solutions, compiled once into the runner image as the
// module CcJudge, which each submission imports implicitly (main.swift, the generated driver, calls it): JSON test data in, canonical JSON answers out, each test's result as
// one JSON line on file descriptor 3, and ListNode and TreeNode as LeetCode defines them for Swift.
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
    for (k, input) in inputs.enumerated() {
        guard case .array(let args) = input else { exit(2) }
        fflush(stdout)
        ftruncate(captured, 0)
        lseek(captured, 0, SEEK_SET)
        dup2(captured, 1)
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let out = test(args)
        clock_gettime(CLOCK_MONOTONIC, &end)
        fflush(stdout)
        dup2(realOut, 1)
        let size = Int(lseek(captured, 0, SEEK_END))
        if size > 8 << 20 { ccReport("{\"i\":\(k),\"output_limit\":true}"); return }
        var kept = [UInt8](repeating: 0, count: min(size, 64 << 10))
        _ = pread(captured, &kept, kept.count, 0)
        let ms = Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
        let stdoutText = CcJSON.quote(String(decoding: kept, as: UTF8.self))
        ccReport("{\"i\":\(k),\"ms\":\((ms * 1000).rounded() / 1000),\"out\":\(CcJSON.quote(out)),\"stdout\":\(stdoutText)}")
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

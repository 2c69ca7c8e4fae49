import Foundation
import Model
import TestSupport
import Testing

/// Signatures of every kind: what question.yaml may say, what a test's input must be, how it is
/// shown, and how a language's parts and per-method files render a design question.
@Suite("question kinds")
struct SignatureKindTests {
    static let stack = Signature(
        functionName: "", params: [], returnType: "void", className: "MinStack",
        methods: [ClassMethod(name: "push", params: [Param(name: "val", type: "integer")], returnType: "void"),
                  ClassMethod(name: "getMin", params: [], returnType: "integer")])

    static func decode(_ json: String) throws -> Signature { try JSONDecoder().decode(Signature.self, from: Data(json.utf8)) }

    @Test func question_yamlSpellsEachKind() throws {
        let design = try Self.decode(#"{"class": "MinStack", "methods": [{"name": "push", "params": [{"name": "val", "type": "integer"}]}, {"name": "getMin", "returns": "integer"}]}"#)
        #expect(design == Self.stack && design.isDesign && design.problems().isEmpty)
        let rotate = try Self.decode(#"{"function": "rotate", "params": [{"name": "matrix", "type": "integer[][]"}], "returns": "void", "inplace": "matrix"}"#)
        #expect(rotate.inPlace == "matrix" && rotate.outputIndex == 0 && rotate.problems().isEmpty)
        // Written back as it was read (the stored question).
        #expect(try Self.decode(String(decoding: JSONEncoder().encode(rotate), as: UTF8.self)) == rotate)
        #expect(try Self.decode(String(decoding: JSONEncoder().encode(design), as: UTF8.self)) == design)
    }

    @Test(arguments: [
        (#"{"function": "f", "params": [{"name": "a", "type": "integer[]"}], "returns": "void", "inplace": "b"}"#, "inplace names 'b', which is no parameter"),
        (#"{"function": "f", "params": [{"name": "a", "type": "integer[]"}], "returns": "integer[]", "inplace": "a"}"#, "an inplace function returns void"),
        (#"{"function": "f", "params": [{"name": "a", "type": "integer"}], "returns": "integer", "prefix": "a"}"#, "prefix names 'a', which is no array parameter"),
        (#"{"function": "f", "params": [{"name": "a", "type": "integer[]"}], "returns": "integer", "build": "tree"}"#, "unknown builder 'tree'"),
        (#"{"function": "f", "params": [{"name": "a", "type": "integer[]"}], "returns": "boolean", "build": "cycle"}"#, "build 'cycle' gives the function one ListNode"),
        (#"{"class": "C", "methods": []}"#, "needs at least one method"),
        (#"{"class": "C", "methods": [{"name": "a"}, {"name": "a"}]}"#, "method 'a' appears twice"),
        (#"{"class": "C", "methods": [{"name": "a", "returns": "Tree"}]}"#, "method 'a' has unknown return type 'Tree'"),
    ])
    func malformedSignaturesSayWhatIsWrong(json: String, problem: String) throws {
        let problems = try Self.decode(json).problems()
        #expect(problems.contains { $0.contains(problem) }, "\(problems)")
    }

    @Test func designInputsAreLeetCodesTwoLists() throws {
        _ = try Arguments.validate(#"[["MinStack","push","getMin"],[[],[3],[]]]"#, for: Self.stack)
        for (input, error) in [
            (#"[["push"],[[3]]]"#, "the first call must be the constructor, \"MinStack\""),
            (#"[["MinStack","pop"],[[],[]]]"#, "call 2: 'pop' is not a method of MinStack (push, getMin)"),
            (#"[["MinStack","push"],[[],[]]]"#, "call 2 (push) takes 1 arguments (val)"),
            (#"[["MinStack","push"],[[]]]"#, "2 calls but 1 argument lists"),
            (#"[["MinStack","push"],[[],["x"]]]"#, "call 2 (push): argument 'val' = \"x\" is not a valid integer"),
        ] {
            #expect(throws: ArgumentsError(error)) { try Arguments.validate(input, for: Self.stack) }
        }
        #expect(Arguments.display(#"[["MinStack","push"],[[],[3]]]"#, signature: Self.stack) == "[\"MinStack\",\"push\"]\n[[],[3]]")
    }

    @Test func buildersCheckTheirInputs() {
        let cycle = Signature(functionName: "hasCycle", params: [Param(name: "head", type: "ListNode")], returnType: "boolean", build: "cycle")
        #expect(throws: Never.self) { try Arguments.validate("[[3,2,0],1]", for: cycle) }
        #expect(throws: Never.self) { try Arguments.validate("[[],-1]", for: cycle) }
        #expect(throws: ArgumentsError("pos = 3 must be -1 (no cycle) or the index of a node of the list (0 to 2)")) {
            try Arguments.validate("[[3,2,0],3]", for: cycle)
        }
        #expect(Arguments.display("[[3,2,0],1]", signature: cycle) == "head = [3,2,0], pos = 1")
        let shared = Signature(functionName: "getIntersectionNode", params: [Param(name: "headA", type: "ListNode"), Param(name: "headB", type: "ListNode")],
                               returnType: "ListNode", build: "intersection")
        #expect(throws: Never.self) { try Arguments.validate("[8,[4,1,8,4],[5,6,1,8,4],2,3]", for: shared) }
        #expect(throws: Never.self) { try Arguments.validate("[0,[2,6],[1,5],2,2]", for: shared) }
        #expect(throws: ArgumentsError("listA from skipA and listB from skipB must be the same nodes, starting with intersectVal")) {
            try Arguments.validate("[8,[4,1,8,4],[5,6,1,8,5],2,3]", for: shared)
        }
        // Answers under a builder are positions.
        #expect(shared.acceptsAnswer(.int(2)) && shared.acceptsAnswer(.null) && !shared.acceptsAnswer(.array([])))
    }

    @Test func newTypesAcceptTheirJSON() throws {
        #expect(ValueType("uint32") == .uint32 && ValueType.uint32.accepts(.int(4_294_967_295)) && !ValueType.uint32.accepts(.int(-1)))
        let bits = Signature(functionName: "reverseBits", params: [Param(name: "n", type: "uint32")], returnType: "uint32")
        #expect(Arguments.display("[43261596]", signature: bits) == "n = 00000010100101000001111010011100")
        let json = { (text: String) in try JSONValue(parsing: text) }
        #expect(ValueType.randomNode.accepts(try json("[[7,null],[13,0],[11,4],[10,2],[1,0]]")))
        #expect(!ValueType.randomNode.accepts(try json("[[7,null],[13,5]]")))
        #expect(ValueType.graphNode.accepts(try json("[[2,4],[1,3],[2,4],[1,3]]")))
        #expect(ValueType.graphNode.accepts(try json("[]")))
        #expect(!ValueType.graphNode.accepts(try json("[[2],[5]]")))
        let connect = Signature(functionName: "connect", params: [Param(name: "root", type: "NextNode")], returnType: "NextNode")
        let levels = try json(##"[1,"#",2,3,"#"]"##)
        #expect(connect.acceptsAnswer(levels))
    }

    /// A language's design stub: its per-method files, parts with `when`, the judged parameter's
    /// own pattern and escaped keywords, all from its folder.
    @Test func aDesignStubComesFromTheLanguagesFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cc-kinds-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/pascal/stubs", withIntermediateDirectories: true)
        try """
            {"position": 1, "name": "Pascal", "extensions": ["pas"], "toolchain": "fpc",
             "function": {"files": [{"name": "a.pas"}], "run": ["a"], "timeFactor": 1, "startupMs": 1, "memoryExtraMb": 0},
             "program": {"file": "a.pas", "run": ["a"], "launchMs": 0},
             "names": {"method": "Capitalized", "keywords": ["val"], "escape": "&{{name}}"},
             "types": {"type": {"integer": "Integer", "integer[]": "TInts", "void": ""}},
             "stub": [{"name": "params", "each": "{{name}}: {{type:type}}", "output": "var {{name}}: {{type:type}}", "separator": "; "},
                      {"name": "returns", "text": ": {{type:type}}"},
                      {"name": "returns", "when": "void", "text": ""},
                      {"name": "assign", "when": "value", "text": "r{{number}} := "}]}
            """.write(toFile: "\(root)/pascal/language.json", atomically: true, encoding: .utf8)
        try "class {{class}}({{constructor_params}})\n{{methods}}\n// {{usage}}\n".write(toFile: "\(root)/pascal/stubs/design.txt", atomically: true, encoding: .utf8)
        try "  method {{method}}({{params}}){{returns}};\n".write(toFile: "\(root)/pascal/stubs/design-method.txt", atomically: true, encoding: .utf8)
        try "{{assign}}obj.{{method}}()".write(toFile: "\(root)/pascal/stubs/design-usage.txt", atomically: true, encoding: .utf8)
        try "procedure {{function}}({{params}}){{returns}};".write(toFile: "\(root)/pascal/stubs/function.txt", atomically: true, encoding: .utf8)
        let pascal = try #require(try LanguageCatalog(directory: root)[Language(id: "pascal")])
        #expect(Stub.make(Self.stack, pascal) == "class MinStack()\n  method Push(&val: Integer);\n  method GetMin(): Integer;\n// obj.Push()\nr2 := obj.GetMin()\n")
        let merge = Signature(functionName: "merge", params: [Param(name: "nums1", type: "integer[]"), Param(name: "m", type: "integer")],
                              returnType: "void", inPlace: "nums1")
        #expect(Stub.make(merge, pascal) == "procedure merge(var nums1: TInts; m: Integer);")
    }
}

import Bank
import Foundation
import Model
import TestSupport
import Testing

@Suite("domain model")
struct ModelTests {
    @Test(arguments: [("sol.py", Language.python3), ("a.cpp", .cpp), ("Main.java", .java), ("x.rs", .rust),
                      ("x.kt", .kotlin), ("s.CS", .csharp), ("t.ts", .typescript)])
    func languageFromFileName(name: String, language: Language) {
        #expect(Language(fileName: name) == language)
    }

    @Test func unknownExtensionsHaveNoLanguage() {
        #expect(Language(fileName: "notes.txt") == nil)
        #expect(Language(fileName: "Makefile") == nil)
    }

    @Test func slugs() {
        #expect(Slug.isValid("two-sum") && Slug.isValid("3sum"))
        for bad in ["", "Two-Sum", "two--sum", "-two", "two-", "two sum", "two_sum", "é", String(repeating: "a", count: 101)] {
            #expect(!Slug.isValid(bad), "\(bad)")
        }
    }

    @Test func runIDsAreUniqueAndRecognised() {
        let ids = (0..<10_000).map { _ in RunID.make() }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy(RunID.isValid))
        #expect(!RunID.isValid("123"))
        #expect(!RunID.isValid("123E4567-E89B-42D3-A456-426614174000"))
    }

    @Test func valueTypesParseLeetCodesSpelling() {
        #expect(ValueType("integer[][]") == .array(.array(.integer)))
        #expect(ValueType("list<list<integer>>") == .list(.list(.integer)))
        #expect(ValueType("TreeNode") == .treeNode)
        #expect(ValueType("list<ListNode>")?.mentions(.listNode) == true)
        #expect(ValueType("map<int,int>") == nil)
        #expect(ValueType("void[]") == nil)
    }

    @Test func argumentsAreCheckedAgainstTheSignature() throws {
        let signature = Signature(functionName: "twoSum", params: [Param(name: "nums", type: "integer[]"),
                                                                   Param(name: "target", type: "integer")], returnType: "integer[]")
        #expect(try Arguments.validate("[[2,7,11,15],9]", for: signature) == [.array([.int(2), .int(7), .int(11), .int(15)]), .int(9)])
        #expect(throws: ArgumentsError.self) { try Arguments.validate("[[2,7],9,1]", for: signature) }
        #expect(throws: ArgumentsError.self) { try Arguments.validate("[[2,\"x\"],9]", for: signature) }
        #expect(throws: ArgumentsError.self) { try Arguments.validate("[[2],2147483648]", for: signature) }
        #expect(throws: ArgumentsError.self) { try Arguments.validate("{\"nums\":[1]}", for: signature) }
        #expect(throws: ArgumentsError.self) { try Arguments.validate("[[1],", for: signature) }
        #expect(Arguments.display("[[2,7,11,15], 9]", signature: signature) == "nums = [2,7,11,15], target = 9")
    }

    @Test func treesMustNotStartWithNull() {
        #expect(ValueType.treeNode.accepts(.array([.int(1), .null, .int(2)])))
        #expect(!ValueType.treeNode.accepts(.array([.null, .int(2)])))
        #expect(ValueType.treeNode.accepts(.array([])))
    }

    @Test func canonicalJSON() throws {
        #expect(try JSONValue(parsing: " [ 1, [true,null], \"a\\\"b\", 2.5 ] ").text == #"[1,[true,null],"a\"b",2.5]"#)
        // Integral numbers are integers, however written: answers compare by value.
        #expect(try JSONValue(parsing: "3.0") == .int(3))
        #expect(try JSONValue(parsing: "0.25") == .double(0.25))
        #expect(try JSONValue(parsing: "-2e1") == .int(-20))
        #expect(try JSONValue(parsing: "9223372036854775807") == .int(.max))
        #expect(try JSONValue(parsing: "9223372036854775808") == .double(9223372036854775808))
    }

    @Test func snakeCaseNamesAreLeetCodes() {
        let names = ["lengthOfLongestSubstring": "length_of_longest_substring", "isValidBST": "is_valid_bst",
                     "sortedArrayToBST": "sorted_array_to_bst", "LRUCache": "lru_cache", "evalRPN": "eval_rpn",
                     "myAtoi": "my_atoi", "nums1": "nums1", "s": "s"]
        for (name, snake) in names { #expect(NameStyles.Style.snake_case.apply(name) == snake) }
    }

    @Test func reportLinesAreReadAsFields() throws {
        let fields = try JSONValue.fields(parsing: Array(#"{"i": 3, "ms": 0.5, "out": "[1,\"a\"]", "output_limit": true}"#.utf8))
        #expect(fields == ["i": .int(3), "ms": .double(0.5), "out": .string(#"[1,"a"]"#), "output_limit": .bool(true)])
        #expect(try JSONValue.fields(parsing: Array("{}".utf8)).isEmpty)
        for bad in [#"{"a":{"b":1}}"#, #"{"a":1,}"#, #"{"a" 1}"#, #"{"a":1} x"#, "[1]", #"{"a":1"#] {
            #expect(throws: (any Error).self) { try JSONValue.fields(parsing: Array(bad.utf8)) }
        }
    }

    @Test func stringsAreReadWithEveryEscape() throws {
        #expect(try JSONValue(parsing: #""a\n\t\"\\\/é\u00e9\ud83d\ude00""#) == .string("a\n\t\"\\/éé😀"))
        #expect(try JSONValue(parsing: #"["", "plain"]"#) == .array([.string(""), .string("plain")]))
    }

    @Test(arguments: ["", "[1,]", "[1 2]", "{\"a\":1}", "01", "1.", "-", "tru", "nul", "[1]x", "\"open", #""\x""#,
                      #""\ud800""#, "\"a\u{1}b\"", "1e400", String(repeating: "[", count: 66) + String(repeating: "]", count: 66)])
    func malformedJSONIsRefused(_ text: String) {
        #expect(throws: (any Error).self) { try JSONValue(parsing: text) }
    }

    @Test func pythonStubsFollowTheSignature() {
        let signature = Signature(functionName: "mergeTwoLists", params: [Param(name: "list1", type: "ListNode"),
                                                                         Param(name: "list2", type: "ListNode")], returnType: "ListNode")
        let stub = Stub.make(signature, in: .python3)
        #expect(stub.contains("# class ListNode:"))
        #expect(stub.contains("    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:"))
        #expect(!stub.contains("TreeNode"))
    }

    /// Each language's stub as LeetCode writes it, for two signatures that exercise arrays, rows and nodes.
    @Test func stubsInEveryLanguageAreLeetCodes() {
        let twoSum = Signature(functionName: "twoSum", params: [Param(name: "nums", type: "integer[]"), Param(name: "target", type: "integer")],
                               returnType: "integer[]")
        let spiral = Signature(functionName: "spiralOrder", params: [Param(name: "matrix", type: "integer[][]")], returnType: "list<integer>")
        let levels = Signature(functionName: "levelOrder", params: [Param(name: "root", type: "TreeNode")], returnType: "list<list<integer>>")
        #expect(Stub.make(twoSum, in: .cpp).contains("    vector<int> twoSum(vector<int>& nums, int target) {"))
        #expect(Stub.make(twoSum, in: .java).contains("class Solution {\n    public int[] twoSum(int[] nums, int target) {"))
        #expect(Stub.make(levels, in: .java).contains("    public List<List<Integer>> levelOrder(TreeNode root) {"))
        #expect(Stub.make(twoSum, in: .c).contains("int* twoSum(int* nums, int numsSize, int target, int* returnSize) {"))
        #expect(Stub.make(spiral, in: .c).contains("int* spiralOrder(int** matrix, int matrixSize, int* matrixColSize, int* returnSize) {"))
        #expect(Stub.make(levels, in: .c).contains("int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {"))
        #expect(Stub.make(twoSum, in: .javascript).contains(" * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\nvar twoSum = function(nums, target) {"))
        #expect(Stub.make(levels, in: .typescript).contains("function levelOrder(root: TreeNode | null): number[][] {"))
        #expect(Stub.make(twoSum, in: .ruby).contains("# @param {Integer[]} nums\n# @param {Integer} target\n# @return {Integer[]}\ndef two_sum(nums, target)"))
        #expect(Stub.make(twoSum, in: .php).contains("     * @param Integer[] $nums\n     * @param Integer $target\n     * @return Integer[]\n     */\n    function twoSum($nums, $target) {"))
        #expect(Stub.make(twoSum, in: .go).contains("func twoSum(nums []int, target int) []int {"))
        #expect(Stub.make(levels, in: .go).contains("func levelOrder(root *TreeNode) [][]int {"))
        #expect(Stub.make(twoSum, in: .rust).contains("impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {"))
        #expect(Stub.make(levels, in: .rust).contains("use std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {\n    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {"))
        #expect(Stub.make(twoSum, in: .kotlin).contains("class Solution {\n    fun twoSum(nums: IntArray, target: Int): IntArray {"))
        #expect(Stub.make(levels, in: .kotlin).contains("    fun levelOrder(root: TreeNode?): List<List<Int>> {"))
        #expect(Stub.make(twoSum, in: .csharp).contains("public class Solution {\n    public int[] TwoSum(int[] nums, int target) {"))
        #expect(Stub.make(levels, in: .csharp).contains("    public IList<IList<int>> LevelOrder(TreeNode root) {"))
        #expect(Stub.make(twoSum, in: .swift).contains("class Solution {\n    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {"))
        #expect(Stub.make(levels, in: .swift).contains("    func levelOrder(_ root: TreeNode?) -> [[Int]] {"))
        #expect(Stub.make(twoSum, in: .scala).contains("object Solution {\n    def twoSum(nums: Array[Int], target: Int): Array[Int] = {"))
        #expect(Stub.make(levels, in: .scala).contains("    def levelOrder(root: TreeNode): List[List[Int]] = {"))
    }

    @Test func questionProblemsAreNamed() {
        var question = Question(number: 0, slug: "Bad Slug", title: "", difficulty: .easy, tags: [], statement: " ",
                                examples: [], constraints: [], signature: Signature(functionName: "1f", params: [
                                    Param(name: "a", type: "integer"), Param(name: "a", type: "blob")], returnType: "void"),
                                compare: .float, tolerance: 0, timeLimitMs: 50, memoryLimitMb: 4096)
        let problems = question.problems().joined(separator: "\n")
        for fragment in ["slug", "number", "title", "statement", "time_limit_ms", "memory_limit_mb", "tolerance",
                         "function name", "appears twice", "unknown type 'blob'"] {
            #expect(problems.contains(fragment), "\(fragment)")
        }
        question = CodecFreeFixtures.valid
        #expect(question.problems().isEmpty)
        // A program question has no signature; it compares text, not JSON.
        question.signature = nil
        question.compare = .tokens
        #expect(question.problems().isEmpty)
        question.compare = .anyOrder
        #expect(question.problems().joined().contains("a program question compares"))
        question = CodecFreeFixtures.valid
        question.compare = .tokens
        #expect(question.problems().joined().contains("'tokens' is for program questions"))
    }

    @Test func programStubsReadStandardInput() {
        for language in Language.supported {
            #expect(Stub.make(nil, in: language).contains("\n"), "\(language)")
        }
        #expect(Stub.make(nil, in: .java).contains("public class Main {"))
        #expect(Stub.make(nil, in: .python3).contains("sys.stdin"))
    }
}

enum CodecFreeFixtures {
    static let valid = Question(number: 1, slug: "ok", title: "Ok", difficulty: .easy, tags: [], statement: "s", examples: [],
                                constraints: [], signature: Signature(functionName: "f", params: [], returnType: "integer"))
}

@Suite("the question bank")
struct BankTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    @Test func theBankHasLeetCodesFirstFifteenAndMore() throws {
        let entries = try QuestionBank.load(directory: "\(Self.root)/questions")
        #expect(entries.count >= 20)
        let slugs = entries.map(\.question.slug)
        #expect(Array(slugs.prefix(15)) == [
            "two-sum", "add-two-numbers", "longest-substring-without-repeating-characters", "median-of-two-sorted-arrays",
            "longest-palindromic-substring", "zigzag-conversion", "reverse-integer", "string-to-integer-atoi",
            "palindrome-number", "regular-expression-matching", "container-with-most-water", "integer-to-roman",
            "roman-to-integer", "longest-common-prefix", "3sum",
        ])
        let signatures = entries.compactMap(\.question.signature)
        let types = Set(signatures.flatMap { $0.params.map(\.type) + [$0.returnType] })
        #expect(types.contains("TreeNode") && types.contains("ListNode") && types.contains("integer[][]"))
        // Program questions, one per way of comparing their output.
        let programs = entries.map(\.question).filter(\.isProgram)
        #expect(Set(programs.map(\.compare)) == [.exact, .tokens, .float])
    }

    @Test func everyQuestionIsCompleteAndItsTestsFitItsSignature() throws {
        for entry in try QuestionBank.load(directory: "\(Self.root)/questions") {
            let q = entry.question
            #expect(q.problems().isEmpty, "\(q.slug)")
            #expect(entry.tests.count >= 30, "\(q.slug) has \(entry.tests.count) tests")
            #expect(!q.examples.isEmpty && !q.constraints.isEmpty && !q.tags.isEmpty, "\(q.slug)")
            for language in Language.supported where !q.unavailable.contains(language) {
                #expect(!Stub.make(q.signature, in: language).isEmpty, "\(q.slug) has no \(language) stub")
            }
            guard let signature = q.signature else {
                #expect(entry.tests.allSatisfy { !$0.expected.isEmpty }, "\(q.slug)")
                continue
            }
            for test in entry.tests {
                #expect(throws: Never.self, "\(q.slug)") { try Arguments.validate(test.input, for: signature) }
                let expected = try JSONValue(parsing: test.expected)
                #expect(signature.acceptsAnswer(expected), "\(q.slug): \(test.expected.prefix(60))")
            }
        }
    }

    @Test("the expected outputs are what the reference solutions compute (scripts/gen-tests --check)")
    func expectedOutputsAreRederived() async throws {
        let result = try await Subprocess.run("\(Self.root)/scripts/gen-tests", ["--check"])
        #expect(result.status == 0, "\(result.text)\(result.errorText)")
    }
}

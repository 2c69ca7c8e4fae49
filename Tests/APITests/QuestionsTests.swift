import Foundation
import Logging
import Model
import RPC
import Store
import TestSupport
import Testing
import Wire

/// The Questions service: browsing, stubs, and who may change the bank.
@Suite struct QuestionsTests {
    @Test func theListFiltersByDifficultyTagAndSearchAndCarriesCounters() async throws {
        let api = try await InProcessAPI()
        let all = try await api.client.call(Method.Questions.list, ListQuestionsRequest())
        let bank = try BankFixture.load()
        #expect(all.questions.map(\.slug) == bank.sorted { $0.question.number < $1.question.number }.map(\.question.slug))
        #expect(all.questions.allSatisfy { $0.submitted == 0 && $0.accepted == 0 })
        let hard = try await api.client.call(Method.Questions.list, ListQuestionsRequest(difficulty: .hard))
        #expect(!hard.questions.isEmpty && hard.questions.allSatisfy { $0.difficulty == .hard })
        let tagged = try await api.client.call(Method.Questions.list, ListQuestionsRequest(tag: "linked-list"))
        #expect(Set(tagged.questions.map(\.slug)).isSuperset(of: ["add-two-numbers", "reverse-linked-list"]))
        #expect(tagged.questions.allSatisfy { $0.tags.contains("linked-list") })
        let searched = try await api.client.call(Method.Questions.list, ListQuestionsRequest(search: "ROMAN"))
        #expect(Set(searched.questions.map(\.slug)) == ["integer-to-roman", "roman-to-integer"])
        let none = try await api.client.call(Method.Questions.list, ListQuestionsRequest(tag: "no-such-tag"))
        #expect(none.questions.isEmpty)
    }

    @Test func aQuestionComesWithTheStubOfTheLanguageAskedAndNoHiddenTest() async throws {
        let api = try await InProcessAPI()
        let detail = try await api.client.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum"))
        #expect(detail.stubLanguage == .python3, "the fleet's first language by default")
        #expect(detail.languages == [.python3, .cpp, .java])
        #expect(detail.stub.contains("def twoSum(self, nums: List[int], target: int) -> List[int]:"))
        let cpp = try await api.client.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum", language: "cpp"))
        #expect(cpp.stubLanguage == .cpp && cpp.stub.contains("vector<int> twoSum(vector<int>& nums, int target)"))
        let hidden = try #require(try await QuestionStore(redis: api.questionsDB.client).tests("two-sum")).last?.input ?? ""
        #expect(hidden.count > 100)
        #expect(!String(decoding: detail.wireBytes(), as: UTF8.self).contains(hidden.prefix(100)))
    }

    @Test(arguments: [
        (GetQuestionRequest(slug: "no-such-question"), StatusCode.notFound, "no question 'no-such-question'"),
        (GetQuestionRequest(slug: "Two Sum"), .invalidArgument, "is not a question slug"),
        (GetQuestionRequest(slug: ""), .invalidArgument, "slug is empty"),
        (GetQuestionRequest(slug: "two-sum", language: "scala"), .invalidArgument, "does not offer scala; it offers: python3, cpp, java"),
        (GetQuestionRequest(slug: "two-sum", language: "cobol"), .invalidArgument, "unknown language 'cobol'"),
    ])
    func aQuestionAskedWronglyGetsItsStatusAndMessage(request: GetQuestionRequest, code: StatusCode, fragment: String) async throws {
        let api = try await InProcessAPI()
        let error = await #expect(throws: RPCError.self) {
            try await api.client.call(Method.Questions.get, request)
        }
        #expect(error?.code == code)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "") lacks \(fragment)")
    }

    @Test func aPutSaysWhatChangedAndADeleteRemovesTheQuestion() async throws {
        let api = try await InProcessAPI(bank: false)
        let entry = try BankFixture.entry("palindrome-number")
        let put = PutQuestionRequest(question: entry.question, tests: entry.tests, reference: entry.reference)
        #expect(try await api.client.call(Method.Questions.put, put).change == .created)
        #expect(try await api.client.call(Method.Questions.put, put).change == .unchanged)
        var renamed = entry.question
        renamed.title = "Palindrome Number (changed)"
        let changed = PutQuestionRequest(question: renamed, tests: entry.tests, reference: entry.reference)
        #expect(try await api.client.call(Method.Questions.put, changed).change == .updated)
        _ = try await api.client.call(Method.Questions.delete, DeleteQuestionRequest(slug: "palindrome-number"))
        await #expect(throws: RPCError(.notFound, "no question 'palindrome-number'")) {
            try await api.client.call(Method.Questions.delete, DeleteQuestionRequest(slug: "palindrome-number"))
        }
        await #expect(throws: RPCError(.notFound, "no question 'palindrome-number'")) {
            try await api.client.call(Method.Questions.get, GetQuestionRequest(slug: "palindrome-number"))
        }
    }

    @Test func anInvalidQuestionIsRefusedWithEveryProblemNamed() async throws {
        let api = try await InProcessAPI(bank: false)
        var question = try BankFixture.entry("two-sum").question
        question.slug = "Bad Slug"
        question.timeLimitMs = 1
        let error = await #expect(throws: RPCError.self) {
            try await api.client.call(Method.Questions.put, PutQuestionRequest(question: question, tests: []))
        }
        #expect(error?.code == .invalidArgument)
        for fragment in ["slug 'Bad Slug'", "time_limit_ms 1", "at least one hidden test"] {
            #expect(error?.message.contains(fragment) == true, "\(fragment)")
        }
        // A hidden test that does not fit the signature is named by its number.
        let entry = try BankFixture.entry("two-sum")
        let bad = PutQuestionRequest(question: entry.question, tests: [entry.tests[0], TestCase(input: "[[1,2]]", expected: "[0,1]")])
        let refused = await #expect(throws: RPCError.self) { try await api.client.call(Method.Questions.put, bad) }
        #expect(refused?.message.contains("test 2:") == true, "\(refused?.message ?? "")")
        #expect(try await QuestionStore(redis: api.questionsDB.client).list().isEmpty, "nothing refused was stored")
    }

    @Test func adminCallsNeedRootOrTheServiceUserLocallyAndTheAdminTokenOverTCP() async throws {
        let api = try await InProcessAPI()
        let delete = DeleteQuestionRequest(slug: "two-sum")
        let stranger = api.client.as(.unix(uid: 65534, gid: 65534, pid: 7))
        await #expect(throws: RPCError(.permissionDenied,
                                       "admin calls over the Unix socket are for root and uid \(InProcessAPI.serviceUID); you are uid 65534")) {
            try await stranger.call(Method.Questions.delete, delete)
        }
        // ...who may still browse.
        _ = try await stranger.call(Method.Questions.get, GetQuestionRequest(slug: "two-sum"))
        let remote = Peer.tcp(address: "192.0.2.7:50000")
        await #expect(throws: RPCError(.unauthenticated, "admin calls over TCP need the admin token")) {
            try await api.client.as(remote).call(Method.Questions.delete, delete)
        }
        await #expect(throws: RPCError(.unauthenticated, "the admin token is wrong")) {
            try await api.client.as(remote, token: "guess").call(Method.Questions.delete, delete)
        }
        _ = try await api.client.as(remote, token: InProcessAPI.adminToken).call(Method.Questions.delete, delete)
        let service = api.client.as(.unix(uid: InProcessAPI.serviceUID, gid: 0, pid: 8))
        _ = try await service.call(Method.Questions.delete, DeleteQuestionRequest(slug: "3sum"))
        #expect(try await QuestionStore(redis: api.questionsDB.client).get("3sum") == nil)
    }

    @Test func withoutAnAdminTokenAdminCallsOverTCPAreDisabled() async throws {
        let api = try await InProcessAPI { $0.adminToken = nil }
        let error = await #expect(throws: RPCError.self) {
            try await api.client.as(.tcp(address: "192.0.2.7:50000"), token: "anything")
                .call(Method.Questions.delete, DeleteQuestionRequest(slug: "two-sum"))
        }
        #expect(error?.code == .permissionDenied)
        #expect(error?.message.contains("no admin token file") == true)
    }

    @Test func anUnknownMethodIsUnimplementedAndBytesThatAreNotTheRequestAreInvalid() async throws {
        let api = try await InProcessAPI(bank: false)
        let context = CallContext(method: "x", peer: .unix(uid: 0, gid: 0, pid: 1), authToken: "", deadline: nil,
                                  logger: .init(label: "test"))
        await #expect(throws: RPCError(.unimplemented, "unknown method 'clonecode.v1.Questions/Nope'")) {
            try await api.client.router.respond(to: "clonecode.v1.Questions/Nope", payload: [], context: context)
        }
        let error = await #expect(throws: RPCError.self) {
            try await api.client.router.respond(to: Method.Questions.get.name, payload: [0xff, 0xff, 0xff], context: context)
        }
        #expect(error?.code == .invalidArgument)
    }
}

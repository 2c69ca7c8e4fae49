import Foundation
import Fuzzing
import Testing
import TestSupport

/// The fuzzers' corpora (Tests/fuzz/TARGET/, kept by scripts/fuzz) replayed through the targets
/// built plainly: every input that once found new code still runs to its end.
@Suite struct CorpusTests {
    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputAndSeedRunsThroughItsTarget(_ target: FuzzTarget) throws {
        let directory = "\(Paths.root)/Tests/fuzz/\(target.rawValue)"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(names.count >= 10, "scripts/fuzz keeps a corpus for \(target.rawValue) in \(directory)")
        for name in names.sorted() {
            let data = try #require(FileManager.default.contents(atPath: "\(directory)/\(name)"))
            target.run(Array(data))
        }
        for seed in target.seeds { target.run(seed) }
    }
}

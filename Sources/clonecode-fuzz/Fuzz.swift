// clonecode-fuzz: the fuzz targets of Sources/Fuzzing.
//
// Built plainly (`swift build`), it replays inputs: `clonecode-fuzz TARGET FILE|DIR...` runs each file
// through the target and says how many it ran; `clonecode-fuzz seed TARGET DIR` writes the target's
// seeds into DIR. Built for libFuzzer (scripts/fuzz: --sanitize=fuzzer --sanitize=address -DFUZZING),
// libFuzzer's main drives the target named by CLONECODE_FUZZ_TARGET.

import Foundation
import Fuzzing

/// The target named by CLONECODE_FUZZ_TARGET, read once.
let fuzzTarget: FuzzTarget? = ProcessInfo.processInfo.environment["CLONECODE_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let target = fuzzTarget else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("set CLONECODE_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    target.run(count == 0 ? [] : Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}

#if !FUZZING
@main
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "seed", arguments.count == 3, let target = FuzzTarget(rawValue: arguments[2]) {
            let directory = arguments[3]
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (index, seed) in target.seeds.enumerated() {
                FileManager.default.createFile(atPath: "\(directory)/seed-\(index)", contents: Data(seed))
            }
            print("\(target.rawValue): \(target.seeds.count) seeds in \(directory)")
            return
        }
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: clonecode-fuzz \(names) FILE|DIR... | clonecode-fuzz seed TARGET DIR\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("clonecode-fuzz: no such file: \(path)\n".utf8))
                exit(2)
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run(Array(data))
                count += 1
            }
        }
        print("\(target.rawValue): \(count) inputs, no failure")
    }
}
#endif

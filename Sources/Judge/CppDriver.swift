import Model

/// C++ submissions: the solution compiled together with a main() (runtime/cpp/templates/main.cpp)
/// that decodes each test's arguments, calls a fresh `Solution`, and reports the canonical answer
/// (runtime/cpp/driver.hpp). The signature gives the decoding of each argument and the call.
enum CppDriver {
    static func parts(_ signature: Signature) -> [String: String] {
        let decodes = Drivers.types(signature).enumerated().map { index, type in
            "            auto a\(index) = cc::decode<\(Stub.cppType(type))>(args.at(\(index)));"
        }
        return ["decodes": decodes.joined(separator: "\n"), "call": "solution->" + Drivers.call(signature.functionName, signature)]
    }
}

public import Model

/// C submissions: the solution is compiled together with a main() generated from the question's
/// signature (runtime/c/driver.h), which passes arrays with their sizes, reads array answers back
/// through `returnSize` and `returnColumnSizes` as LeetCode's C harness does, and reports the
/// canonical answer. `#line` keeps compiler messages in the user's lines.
public enum CDriver {
    /// main.c: the prelude, the solution, the driver.
    public static func source(solution: String, signature: Signature) -> String {
        var setup: [String] = []
        var arguments: [String] = []
        for (index, param) in signature.params.enumerated() {
            let type = ValueType(param.type) ?? .void
            let json = "args.items[\(index)]"
            let name = "a\(index)"
            switch type.cRows {
            case 0:
                setup.append("\(Stub.cType(type)) \(name) = \(scalarDecoder(type))(\(json));")
                arguments.append(name)
            case 1:
                setup.append("int \(name)_n; \(Stub.cType(type)) \(name) = \(arrayDecoder(type.element))(\(json), &\(name)_n);")
                arguments += [name, "\(name)_n"]
            default:
                setup.append("int \(name)_n; int *\(name)_cols; \(Stub.cType(type)) \(name) = \(gridDecoder(type.element))(\(json), &\(name)_n, &\(name)_cols);")
                arguments += [name, "\(name)_n", "\(name)_cols"]
            }
        }
        let returns = ValueType(signature.returnType) ?? .void
        if returns.cRows >= 1 { arguments.append("&returnSize") }
        if returns.cRows >= 2 { arguments.append("&returnColumnSizes") }
        let call = "\(signature.functionName)(\(arguments.joined(separator: ", ")))"
        let invoke: String
        let encode: String
        switch returns.cRows {
        case _ where returns == .void:
            invoke = "\(call);"
            encode = "cc_puts(&out, \"null\");"
        case 0:
            invoke = "\(Stub.cType(returns)) result = \(call);"
            encode = "\(scalarEncoder(returns))(&out, result);"
        case 1:
            invoke = "\(Stub.cType(returns)) result = \(call);"
            encode = "\(arrayEncoder(returns.element))(&out, result, returnSize);"
        default:
            invoke = "\(Stub.cType(returns)) result = \(call);"
            encode = "\(gridEncoder(returns.element))(&out, result, returnSize, returnColumnSizes);"
        }
        return """
            #include "/opt/clonecode/c/prelude.h"
            #line 1 "solution.c"
            \(solution)
            #line 1 "driver.c"
            #include "/opt/clonecode/c/driver.h"
            int main(int argc, char **argv) {
                cc_json tests = cc_load(argv[1]);
                for (int i = 0; i < tests.count; i++) {
                    cc_json args = tests.items[i];
                    int returnSize = 0;
                    int *returnColumnSizes = NULL;
                    (void)returnSize; (void)returnColumnSizes;
                    \(setup.joined(separator: "\n        "))
                    cc_buf out = {0}, text = {0};
                    cc_capture_start();
                    double started = cc_now_ms();
                    \(invoke)
                    double ms = cc_now_ms() - started;
                    cc_capture_end(&text);
                    \(encode)
                    cc_report(i, ms, &out, &text);
                }
                return 0;
            }

            """
    }

    static func scalarDecoder(_ type: ValueType) -> String {
        switch type {
        case .long: "cc_long"
        case .double: "cc_double"
        case .boolean: "cc_bool"
        case .string: "cc_string"
        case .character: "cc_char"
        case .listNode: "cc_list"
        case .treeNode: "cc_tree"
        default: "cc_int"
        }
    }

    static func arrayDecoder(_ element: ValueType) -> String {
        switch element {
        case .long: "cc_longs"
        case .double: "cc_doubles"
        case .boolean: "cc_bools"
        case .string: "cc_strings"
        case .character: "cc_chars"
        default: "cc_ints"
        }
    }

    static func gridDecoder(_ element: ValueType) -> String {
        switch element {
        case .character: "cc_char_grid"
        case .string: "cc_string_grid"
        default: "cc_int_grid"
        }
    }

    static func scalarEncoder(_ type: ValueType) -> String {
        switch type {
        case .double: "cc_enc_double"
        case .boolean: "cc_enc_bool"
        case .string: "cc_enc_string"
        case .character: "cc_enc_char"
        case .listNode: "cc_enc_list"
        case .treeNode: "cc_enc_tree"
        default: "cc_enc_int"
        }
    }

    static func arrayEncoder(_ element: ValueType) -> String {
        switch element {
        case .long: "cc_enc_longs"
        case .double: "cc_enc_doubles"
        case .boolean: "cc_enc_bools"
        case .string: "cc_enc_strings"
        case .character: "cc_enc_chars"
        default: "cc_enc_ints"
        }
    }

    static func gridEncoder(_ element: ValueType) -> String {
        switch element {
        case .character: "cc_enc_char_grid"
        case .string: "cc_enc_string_grid"
        default: "cc_enc_int_grid"
        }
    }
}

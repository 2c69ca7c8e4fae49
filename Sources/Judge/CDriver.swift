import Model

/// C submissions: the solution compiled together with a main() (runtime/c/templates/main.c, with
/// runtime/c/driver.h) that passes arrays with their sizes, reads array answers back
/// through `returnSize` and `returnColumnSizes` as LeetCode's C harness does, and reports the
/// canonical answer. The signature gives the decoding of each argument, the call and the encoding.
enum CDriver {
    static func parts(_ signature: Signature) -> [String: String] {
        var setup: [String] = []
        var arguments: [String] = []
        for (index, type) in Drivers.types(signature).enumerated() {
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
        let invoke = returns == .void ? "\(call);" : "\(Stub.cType(returns)) result = \(call);"
        let encode = switch returns.cRows {
        case _ where returns == .void: "cc_puts(&out, \"null\");"
        case 0: "\(scalarEncoder(returns))(&out, result);"
        case 1: "\(arrayEncoder(returns.element))(&out, result, returnSize);"
        default: "\(gridEncoder(returns.element))(&out, result, returnSize, returnColumnSizes);"
        }
        return ["setup": setup.joined(separator: "\n        "), "invoke": invoke, "encode": encode]
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

ccRun(CommandLine.arguments[1]) { input in
    let ccAll = ccCalls(input)
    guard let ccFirst = ccAll.first else { return "[]" }
    var ccOut: [String] = []
    ccOut.reserveCapacity(ccAll.count)
    var ccObject = ccConstruct(ccFirst.args)
    ccOut.append("null")
    for (ccIndex, (ccName, args)) in ccAll.enumerated().dropFirst() {
        switch ccName {
{{methods}}
        default:
            ccError("call \(ccIndex): {{class}} has no method \(ccName)")
            return "[]"
        }
        if ccFailed() { return "[]" }
    }
    return ccDesignAnswer(ccOut)
}

func ccConstruct(_ args: [CcJSON]) -> {{class}} {
{{constructor_decodes}}
    return {{class}}({{constructor_arguments}})
}

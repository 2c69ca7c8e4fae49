ccRun(CommandLine.arguments[1]) { args in
{{body}}
}
{{nodes}}
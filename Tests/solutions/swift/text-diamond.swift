let n = Int(readLine()!.trimmingCharacters(in: .whitespaces))!
let top = (1...n).map { String(repeating: " ", count: n - $0) + String(repeating: "*", count: 2 * $0 - 1) }
print((top + top.dropLast().reversed()).joined(separator: "\n"))

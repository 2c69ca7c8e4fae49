import Foundation

let data = FileHandle.standardInput.readDataToEndOfFile()
var numbers: [Int] = []
var current = 0, negative = false, inNumber = false
for byte in data {
    if byte == UInt8(ascii: "-") {
        negative = true
    } else if byte >= 48 && byte <= 57 {
        current = current * 10 + Int(byte - 48)
        inNumber = true
    } else if inNumber {
        numbers.append(negative ? -current : current)
        current = 0; negative = false; inNumber = false
    }
}
if inNumber { numbers.append(negative ? -current : current) }
let n = numbers[0], q = numbers[1]
var prefix = [Int](repeating: 0, count: n + 1)
for i in 0..<n { prefix[i + 1] = prefix[i] + numbers[2 + i] }
var output = ""
for k in 0..<q {
    let l = numbers[2 + n + 2 * k], r = numbers[3 + n + 2 * k]
    output += String(prefix[r] - prefix[l - 1])
    output += "\n"
}
print(output, terminator: "")

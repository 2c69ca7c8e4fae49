let n = Int(readLine()!.split(separator: " ")[0])!
var x = [Int](), y = [Int]()
while let line = readLine() {
    let parts = line.split(separator: " ").compactMap { Int($0) }
    if parts.count == 2 { x.append(parts[0]); y.append(parts[1]) }
}
var twice = 0
for i in 0..<n {
    let j = (i + 1) % n
    twice += x[i] * y[j] - x[j] * y[i]
}
print(Double(abs(twice)) / 2)

class Solution {
    func grayCode(_ n: Int) -> [Int] {
        return (0..<(1 << n)).map { $0 ^ ($0 >> 1) }
    }
}

class Solution {
    func romanToInt(_ s: String) -> Int {
        let value: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let chars = Array(s)
        var total = 0
        for i in 0..<chars.count {
            let v = value[chars[i]]!
            if i + 1 < chars.count && v < value[chars[i + 1]]! { total -= v } else { total += v }
        }
        return total
    }
}

class Solution {
    func myAtoi(_ s: String) -> Int {
        let chars = Array(s)
        var i = 0, sign = 1, value = 0
        while i < chars.count && chars[i] == " " { i += 1 }
        if i < chars.count && (chars[i] == "+" || chars[i] == "-") {
            sign = chars[i] == "-" ? -1 : 1
            i += 1
        }
        while i < chars.count, let digit = chars[i].wholeNumberValue, chars[i].isASCII {
            value = value * 10 + digit
            if sign * value > Int(Int32.max) { return Int(Int32.max) }
            if sign * value < Int(Int32.min) { return Int(Int32.min) }
            i += 1
        }
        return sign * value
    }
}

class Solution {
    func fractionToDecimal(_ numerator: Int, _ denominator: Int) -> String {
        if numerator == 0 { return "0" }
        var res = ""
        if (numerator < 0) != (denominator < 0) { res += "-" }
        let num = abs(numerator), den = abs(denominator)
        res += String(num / den)
        var rem = num % den
        if rem == 0 { return res }
        res += "."
        var chars = Array(res)
        var seen = [Int: Int]()
        while rem != 0 {
            if let pos = seen[rem] {
                chars.insert("(", at: pos)
                chars.append(")")
                break
            }
            seen[rem] = chars.count
            rem *= 10
            chars.append(contentsOf: String(rem / den))
            rem %= den
        }
        return String(chars)
    }
}

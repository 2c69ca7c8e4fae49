class Solution {
    func reverse(_ x: Int) -> Int {
        var rest = x, result = 0
        while rest != 0 {
            result = result * 10 + rest % 10
            rest /= 10
        }
        return result > Int(Int32.max) || result < Int(Int32.min) ? 0 : result
    }
}

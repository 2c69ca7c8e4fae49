class Solution {
    func partition(_ s: String) -> [[String]] {
        let chars = Array(s)
        var res = [[String]]()
        var path = [String]()
        func isPal(_ l: Int, _ r: Int) -> Bool {
            var l = l, r = r
            while l < r {
                if chars[l] != chars[r] { return false }
                l += 1
                r -= 1
            }
            return true
        }
        func bt(_ start: Int) {
            if start == chars.count {
                res.append(path)
                return
            }
            for end in start..<chars.count where isPal(start, end) {
                path.append(String(chars[start...end]))
                bt(end + 1)
                path.removeLast()
            }
        }
        bt(0)
        return res
    }
}

class Solution {
    func wordBreak(_ s: String, _ wordDict: [String]) -> Bool {
        let chars = Array(s)
        let dict = Set(wordDict)
        let n = chars.count
        var dp = [Bool](repeating: false, count: n + 1)
        dp[0] = true
        for i in 1...n {
            for j in 0..<i where dp[j] {
                if dict.contains(String(chars[j..<i])) {
                    dp[i] = true
                    break
                }
            }
        }
        return dp[n]
    }
}

class Solution {
    func lengthOfLongestSubstring(_ s: String) -> Int {
        var last: [Character: Int] = [:]
        var best = 0, start = 0
        for (i, c) in s.enumerated() {
            if let j = last[c], j >= start { start = j + 1 }
            last[c] = i
            best = max(best, i - start + 1)
        }
        return best
    }
}

class Solution {
    func fullJustify(_ words: [String], _ maxWidth: Int) -> [String] {
        var res = [String]()
        var i = 0
        while i < words.count {
            var j = i, len = 0
            while j < words.count && len + words[j].count + (j - i) <= maxWidth {
                len += words[j].count
                j += 1
            }
            let gaps = j - i - 1
            var line = ""
            if j == words.count || gaps == 0 {
                line = words[i..<j].joined(separator: " ")
                line += String(repeating: " ", count: maxWidth - line.count)
            } else {
                let spaces = maxWidth - len
                let each = spaces / gaps, extra = spaces % gaps
                for k in i..<j {
                    line += words[k]
                    if k < j - 1 {
                        line += String(repeating: " ", count: each + (k - i < extra ? 1 : 0))
                    }
                }
            }
            res.append(line)
            i = j
        }
        return res
    }
}

class Solution {
    func ladderLength(_ beginWord: String, _ endWord: String, _ wordList: [String]) -> Int {
        var dict = Set(wordList)
        if !dict.contains(endWord) { return 0 }
        var queue = [beginWord]
        dict.remove(beginWord)
        var steps = 1
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        while !queue.isEmpty {
            var next = [String]()
            for word in queue {
                if word == endWord { return steps }
                var chars = Array(word)
                for i in 0..<chars.count {
                    let orig = chars[i]
                    for c in letters {
                        chars[i] = c
                        let cand = String(chars)
                        if dict.remove(cand) != nil { next.append(cand) }
                    }
                    chars[i] = orig
                }
            }
            queue = next
            steps += 1
        }
        return 0
    }
}

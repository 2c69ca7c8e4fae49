class Solution {
    func letterCombinations(_ digits: String) -> [String] {
        if digits.isEmpty { return [] }
        let map: [Character: String] = ["2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                                        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"]
        var res = [""]
        for d in digits {
            var next = [String]()
            for prefix in res {
                for c in map[d]! {
                    next.append(prefix + String(c))
                }
            }
            res = next
        }
        return res
    }
}

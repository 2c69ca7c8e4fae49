class Solution {
    func merge(_ intervals: [[Int]]) -> [[Int]] {
        let sorted = intervals.sorted { $0[0] < $1[0] }
        var res = [[Int]]()
        for iv in sorted {
            if let last = res.last, last[1] >= iv[0] {
                res[res.count - 1][1] = max(last[1], iv[1])
            } else {
                res.append(iv)
            }
        }
        return res
    }
}

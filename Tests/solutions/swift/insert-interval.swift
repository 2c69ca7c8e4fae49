class Solution {
    func insert(_ intervals: [[Int]], _ newInterval: [Int]) -> [[Int]] {
        var res = [[Int]]()
        var i = 0
        let n = intervals.count
        while i < n && intervals[i][1] < newInterval[0] {
            res.append(intervals[i])
            i += 1
        }
        var s = newInterval[0], e = newInterval[1]
        while i < n && intervals[i][0] <= e {
            s = min(s, intervals[i][0])
            e = max(e, intervals[i][1])
            i += 1
        }
        res.append([s, e])
        while i < n {
            res.append(intervals[i])
            i += 1
        }
        return res
    }
}

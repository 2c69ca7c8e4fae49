class Solution {
    func largestNumber(_ nums: [Int]) -> String {
        let strs = nums.map { String($0) }.sorted { $0 + $1 > $1 + $0 }
        if strs.first == "0" { return "0" }
        return strs.joined()
    }
}

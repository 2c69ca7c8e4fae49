class Solution {
    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {
        var seen: [Int: Int] = [:]
        for (i, v) in nums.enumerated() {
            if let j = seen[target - v] { return [j, i] }
            seen[v] = i
        }
        return []
    }
}

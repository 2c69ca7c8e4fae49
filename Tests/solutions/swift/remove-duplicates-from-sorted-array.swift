class Solution {
    func removeDuplicates(_ nums: inout [Int]) -> Int {
        if nums.isEmpty { return 0 }
        var k = 1
        for i in 1..<nums.count where nums[i] != nums[k - 1] {
            nums[k] = nums[i]
            k += 1
        }
        return k
    }
}

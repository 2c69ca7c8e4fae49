class Solution {
    func findPeakElement(_ nums: [Int]) -> Int {
        var lo = 0, hi = nums.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if nums[mid] > nums[mid + 1] {
                hi = mid
            } else {
                lo = mid + 1
            }
        }
        return lo
    }
}

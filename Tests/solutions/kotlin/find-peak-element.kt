class Solution {
    fun findPeakElement(nums: IntArray): Int {
        var lo = 0
        var hi = nums.size - 1
        while (lo < hi) {
            val mid = (lo + hi) / 2
            if (nums[mid] > nums[mid + 1]) {
                hi = mid
            } else {
                lo = mid + 1
            }
        }
        return lo
    }
}

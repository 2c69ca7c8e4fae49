object Solution {
    def findPeakElement(nums: Array[Int]): Int = {
        var lo = 0
        var hi = nums.length - 1
        while (lo < hi) {
            val mid = (lo + hi) / 2
            if (nums(mid) > nums(mid + 1)) hi = mid else lo = mid + 1
        }
        lo
    }
}

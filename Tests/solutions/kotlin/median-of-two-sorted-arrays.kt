class Solution {
    fun findMedianSortedArrays(nums1: IntArray, nums2: IntArray): Double {
        if (nums1.size > nums2.size) return findMedianSortedArrays(nums2, nums1)
        val m = nums1.size
        val n = nums2.size
        val half = (m + n + 1) / 2
        var lo = 0
        var hi = m
        while (lo <= hi) {
            val i = (lo + hi) / 2
            val j = half - i
            val aLeft = if (i > 0) nums1[i - 1] else Int.MIN_VALUE
            val aRight = if (i < m) nums1[i] else Int.MAX_VALUE
            val bLeft = if (j > 0) nums2[j - 1] else Int.MIN_VALUE
            val bRight = if (j < n) nums2[j] else Int.MAX_VALUE
            if (aLeft <= bRight && bLeft <= aRight) {
                val left = maxOf(aLeft, bLeft)
                if ((m + n) % 2 == 1) return left.toDouble()
                return (left.toDouble() + minOf(aRight, bRight)) / 2.0
            }
            if (aLeft > bRight) hi = i - 1 else lo = i + 1
        }
        return 0.0
    }
}

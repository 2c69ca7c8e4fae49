class Solution {
    func findMedianSortedArrays(_ nums1: [Int], _ nums2: [Int]) -> Double {
        if nums1.count > nums2.count { return findMedianSortedArrays(nums2, nums1) }
        let m = nums1.count, n = nums2.count, half = (m + n + 1) / 2
        var lo = 0, hi = m
        while lo <= hi {
            let i = (lo + hi) / 2, j = half - i
            let aLeft = i > 0 ? nums1[i - 1] : Int.min, aRight = i < m ? nums1[i] : Int.max
            let bLeft = j > 0 ? nums2[j - 1] : Int.min, bRight = j < n ? nums2[j] : Int.max
            if aLeft <= bRight && bLeft <= aRight {
                let left = max(aLeft, bLeft)
                if (m + n) % 2 == 1 { return Double(left) }
                return (Double(left) + Double(min(aRight, bRight))) / 2
            }
            if aLeft > bRight { hi = i - 1 } else { lo = i + 1 }
        }
        return 0
    }
}

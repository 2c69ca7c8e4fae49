/**
 * @param {number[]} nums1
 * @param {number[]} nums2
 * @return {number}
 */
var findMedianSortedArrays = function(nums1, nums2) {
    if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
    const m = nums1.length, n = nums2.length, half = (m + n + 1) >> 1;
    let lo = 0, hi = m;
    while (lo <= hi) {
        const i = (lo + hi) >> 1, j = half - i;
        const aLeft = i > 0 ? nums1[i - 1] : -Infinity, aRight = i < m ? nums1[i] : Infinity;
        const bLeft = j > 0 ? nums2[j - 1] : -Infinity, bRight = j < n ? nums2[j] : Infinity;
        if (aLeft <= bRight && bLeft <= aRight) {
            const left = Math.max(aLeft, bLeft);
            return (m + n) % 2 ? left : (left + Math.min(aRight, bRight)) / 2;
        }
        if (aLeft > bRight) hi = i - 1; else lo = i + 1;
    }
    return 0;
};

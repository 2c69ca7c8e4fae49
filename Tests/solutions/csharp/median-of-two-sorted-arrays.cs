public class Solution {
    public double FindMedianSortedArrays(int[] nums1, int[] nums2) {
        if (nums1.Length > nums2.Length) return FindMedianSortedArrays(nums2, nums1);
        int m = nums1.Length, n = nums2.Length, half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (lo <= hi) {
            int i = (lo + hi) / 2, j = half - i;
            int aLeft = i > 0 ? nums1[i - 1] : int.MinValue, aRight = i < m ? nums1[i] : int.MaxValue;
            int bLeft = j > 0 ? nums2[j - 1] : int.MinValue, bRight = j < n ? nums2[j] : int.MaxValue;
            if (aLeft <= bRight && bLeft <= aRight) {
                int left = Math.Max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return left;
                return (left + (double)Math.Min(aRight, bRight)) / 2.0;
            }
            if (aLeft > bRight) hi = i - 1; else lo = i + 1;
        }
        return 0;
    }
}

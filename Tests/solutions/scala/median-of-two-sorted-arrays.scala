object Solution {
  def findMedianSortedArrays(nums1: Array[Int], nums2: Array[Int]): Double = {
    val merged = (nums1 ++ nums2).sorted
    val n = merged.length
    if (n % 2 == 1) merged(n / 2).toDouble else (merged(n / 2 - 1).toDouble + merged(n / 2)) / 2.0
  }
}

func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
	if len(nums1) > len(nums2) {
		return findMedianSortedArrays(nums2, nums1)
	}
	m, n := len(nums1), len(nums2)
	half := (m + n + 1) / 2
	lo, hi := 0, m
	for lo <= hi {
		i := (lo + hi) / 2
		j := half - i
		aLeft, aRight := math.MinInt, math.MaxInt
		if i > 0 {
			aLeft = nums1[i-1]
		}
		if i < m {
			aRight = nums1[i]
		}
		bLeft, bRight := math.MinInt, math.MaxInt
		if j > 0 {
			bLeft = nums2[j-1]
		}
		if j < n {
			bRight = nums2[j]
		}
		if aLeft <= bRight && bLeft <= aRight {
			left := max(aLeft, bLeft)
			if (m+n)%2 == 1 {
				return float64(left)
			}
			return float64(left+min(aRight, bRight)) / 2
		}
		if aLeft > bRight {
			hi = i - 1
		} else {
			lo = i + 1
		}
	}
	return 0
}

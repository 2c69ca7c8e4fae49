func maxArea(height []int) int {
	l, r, best := 0, len(height)-1, 0
	for l < r {
		best = max(best, min(height[l], height[r])*(r-l))
		if height[l] < height[r] {
			l++
		} else {
			r--
		}
	}
	return best
}

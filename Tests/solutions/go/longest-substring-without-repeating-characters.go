func lengthOfLongestSubstring(s string) int {
	last := [256]int{}
	for i := range last {
		last[i] = -1
	}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if last[s[i]] >= start {
			start = last[s[i]] + 1
		}
		last[s[i]] = i
		best = max(best, i-start+1)
	}
	return best
}

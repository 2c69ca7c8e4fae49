func longestPalindrome(s string) string {
	start, length := 0, 0
	for center := 0; center < 2*len(s)-1; center++ {
		l, r := center/2, center/2+center%2
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > length {
			start, length = l+1, r-l-1
		}
	}
	return s[start : start+length]
}

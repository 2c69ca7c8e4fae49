func myAtoi(s string) int {
	i, sign, value := 0, 1, 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		value = value*10 + int(s[i]-'0')
		if sign*value > math.MaxInt32 {
			return math.MaxInt32
		}
		if sign*value < math.MinInt32 {
			return math.MinInt32
		}
	}
	return sign * value
}

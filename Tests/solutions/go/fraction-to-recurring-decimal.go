func fractionToDecimal(numerator int, denominator int) string {
    if numerator == 0 {
        return "0"
    }
    var sb strings.Builder
    if (numerator < 0) != (denominator < 0) {
        sb.WriteByte('-')
    }
    n, d := numerator, denominator
    if n < 0 {
        n = -n
    }
    if d < 0 {
        d = -d
    }
    sb.WriteString(strconv.Itoa(n / d))
    rem := n % d
    if rem == 0 {
        return sb.String()
    }
    sb.WriteByte('.')
    seen := map[int]int{}
    for rem != 0 {
        if idx, ok := seen[rem]; ok {
            s := sb.String()
            return s[:idx] + "(" + s[idx:] + ")"
        }
        seen[rem] = sb.Len()
        rem *= 10
        sb.WriteString(strconv.Itoa(rem / d))
        rem %= d
    }
    return sb.String()
}

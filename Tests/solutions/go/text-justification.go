func fullJustify(words []string, maxWidth int) []string {
    res := []string{}
    n := len(words)
    for i := 0; i < n; {
        j, length := i, 0
        for j < n && length+len(words[j])+(j-i) <= maxWidth {
            length += len(words[j])
            j++
        }
        gaps := j - i - 1
        var sb strings.Builder
        if j == n || gaps == 0 {
            sb.WriteString(strings.Join(words[i:j], " "))
            sb.WriteString(strings.Repeat(" ", maxWidth-sb.Len()))
        } else {
            spaces := maxWidth - length
            each, extra := spaces/gaps, spaces%gaps
            for k := i; k < j; k++ {
                sb.WriteString(words[k])
                if k < j-1 {
                    pad := each
                    if k-i < extra {
                        pad++
                    }
                    sb.WriteString(strings.Repeat(" ", pad))
                }
            }
        }
        res = append(res, sb.String())
        i = j
    }
    return res
}

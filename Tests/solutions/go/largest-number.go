func largestNumber(nums []int) string {
    strs := make([]string, len(nums))
    for i, v := range nums {
        strs[i] = strconv.Itoa(v)
    }
    sort.Slice(strs, func(i, j int) bool {
        return strs[i]+strs[j] > strs[j]+strs[i]
    })
    if strs[0] == "0" {
        return "0"
    }
    return strings.Join(strs, "")
}

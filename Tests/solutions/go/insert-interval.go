func insert(intervals [][]int, newInterval []int) [][]int {
    res := [][]int{}
    i, n := 0, len(intervals)
    for i < n && intervals[i][1] < newInterval[0] {
        res = append(res, intervals[i])
        i++
    }
    start, end := newInterval[0], newInterval[1]
    for i < n && intervals[i][0] <= end {
        if intervals[i][0] < start {
            start = intervals[i][0]
        }
        if intervals[i][1] > end {
            end = intervals[i][1]
        }
        i++
    }
    res = append(res, []int{start, end})
    res = append(res, intervals[i:]...)
    return res
}

func rotate(nums []int, k int)  {
    n := len(nums)
    k %= n
    reverse := func(i, j int) {
        for i < j {
            nums[i], nums[j] = nums[j], nums[i]
            i++
            j--
        }
    }
    reverse(0, n-1)
    reverse(0, k-1)
    reverse(k, n-1)
}

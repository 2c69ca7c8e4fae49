object Solution {
    def rotate(nums: Array[Int], k: Int): Unit = {
        val n = nums.length
        val s = k % n
        def reverse(from: Int, to: Int): Unit = {
            var l = from
            var r = to
            while (l < r) {
                val t = nums(l)
                nums(l) = nums(r)
                nums(r) = t
                l += 1
                r -= 1
            }
        }
        reverse(0, n - 1)
        reverse(0, s - 1)
        reverse(s, n - 1)
    }
}

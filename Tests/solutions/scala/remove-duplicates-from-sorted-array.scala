object Solution {
    def removeDuplicates(nums: Array[Int]): Int = {
        var k = 0
        for (x <- nums) {
            if (k == 0 || nums(k - 1) != x) {
                nums(k) = x
                k += 1
            }
        }
        k
    }
}

object Solution {
    def removeDuplicates(nums: Array[Int]): Int = {
        var k = 0
        for (x <- nums) {
            if (k < 2 || x != nums(k - 2)) {
                nums(k) = x
                k += 1
            }
        }
        k
    }
}

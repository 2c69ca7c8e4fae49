object Solution {
    def largestNumber(nums: Array[Int]): String = {
        val strs = nums.map(_.toString).sortWith((a, b) => (a + b) > (b + a))
        if (strs(0) == "0") "0" else strs.mkString
    }
}

class Solution {
    fun largestNumber(nums: IntArray): String {
        val strs = nums.map { it.toString() }.sortedWith(Comparator { a, b -> (b + a).compareTo(a + b) })
        if (strs[0] == "0") return "0"
        return strs.joinToString("")
    }
}

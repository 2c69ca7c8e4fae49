class Solution {
    fun majorityElement(nums: IntArray): Int {
        val count = HashMap<Int, Int>()
        for (n in nums) count[n] = count.getOrDefault(n, 0) + 1
        return count.maxBy { it.value }.key
    }
}

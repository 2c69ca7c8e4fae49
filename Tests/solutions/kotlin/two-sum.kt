class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val seen = HashMap<Int, Int>()
        for ((i, v) in nums.withIndex()) {
            seen[target - v]?.let { return intArrayOf(it, i) }
            seen[v] = i
        }
        return intArrayOf()
    }
}

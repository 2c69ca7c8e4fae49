class Solution {
    fun rotate(nums: IntArray, k: Int): Unit {
        val n = nums.size
        val s = k % n
        nums.reverse()
        nums.reverse(0, s)
        nums.reverse(s, n)
    }
}

class Solution {
    fun fourSum(nums: IntArray, target: Int): List<List<Int>> {
        nums.sort()
        val n = nums.size
        val res = mutableListOf<List<Int>>()
        for (i in 0 until n - 3) {
            if (i > 0 && nums[i] == nums[i - 1]) continue
            for (j in i + 1 until n - 2) {
                if (j > i + 1 && nums[j] == nums[j - 1]) continue
                var l = j + 1
                var r = n - 1
                while (l < r) {
                    val sum = nums[i].toLong() + nums[j] + nums[l] + nums[r]
                    when {
                        sum < target -> l++
                        sum > target -> r--
                        else -> {
                            res.add(listOf(nums[i], nums[j], nums[l], nums[r]))
                            while (l < r && nums[l] == nums[l + 1]) l++
                            while (l < r && nums[r] == nums[r - 1]) r--
                            l++
                            r--
                        }
                    }
                }
            }
        }
        return res
    }
}

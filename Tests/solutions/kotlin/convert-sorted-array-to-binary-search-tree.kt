class Solution {
    private fun build(nums: IntArray, low: Int, high: Int): TreeNode? {
        if (low > high) return null
        val middle = (low + high) / 2
        val node = TreeNode(nums[middle])
        node.left = build(nums, low, middle - 1)
        node.right = build(nums, middle + 1, high)
        return node
    }

    fun sortedArrayToBST(nums: IntArray): TreeNode? {
        return build(nums, 0, nums.size - 1)
    }
}

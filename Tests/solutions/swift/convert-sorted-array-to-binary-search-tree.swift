class Solution {
    func sortedArrayToBST(_ nums: [Int]) -> TreeNode? {
        func build(_ low: Int, _ high: Int) -> TreeNode? {
            if low > high { return nil }
            let middle = (low + high) / 2
            return TreeNode(nums[middle], build(low, middle - 1), build(middle + 1, high))
        }
        return build(0, nums.count - 1)
    }
}

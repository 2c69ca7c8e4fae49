class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        def build(low, high):
            if low > high:
                return None
            middle = (low + high) // 2
            return TreeNode(nums[middle], build(low, middle - 1), build(middle + 1, high))
        return build(0, len(nums) - 1)

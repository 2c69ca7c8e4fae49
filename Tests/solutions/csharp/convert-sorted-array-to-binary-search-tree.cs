public class Solution {
    private TreeNode Build(int[] nums, int low, int high) {
        if (low > high) return null;
        int middle = low + (high - low) / 2;
        return new TreeNode(nums[middle], Build(nums, low, middle - 1), Build(nums, middle + 1, high));
    }

    public TreeNode SortedArrayToBST(int[] nums) {
        return Build(nums, 0, nums.Length - 1);
    }
}

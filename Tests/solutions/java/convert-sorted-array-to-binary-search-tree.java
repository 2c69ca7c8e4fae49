class Solution {
    private TreeNode build(int[] nums, int low, int high) {
        if (low > high) return null;
        int middle = (low + high) >>> 1;
        return new TreeNode(nums[middle], build(nums, low, middle - 1), build(nums, middle + 1, high));
    }

    public TreeNode sortedArrayToBST(int[] nums) {
        return build(nums, 0, nums.length - 1);
    }
}

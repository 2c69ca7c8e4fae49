class Solution {
    TreeNode* build(vector<int>& nums, int low, int high) {
        if (low > high) return nullptr;
        int middle = low + (high - low) / 2;
        return new TreeNode(nums[middle], build(nums, low, middle - 1), build(nums, middle + 1, high));
    }
public:
    TreeNode* sortedArrayToBST(vector<int>& nums) {
        return build(nums, 0, (int)nums.size() - 1);
    }
};

static struct TreeNode* build(int* nums, int low, int high) {
    if (low > high) return NULL;
    int middle = low + (high - low) / 2;
    struct TreeNode* node = malloc(sizeof(struct TreeNode));
    node->val = nums[middle];
    node->left = build(nums, low, middle - 1);
    node->right = build(nums, middle + 1, high);
    return node;
}

struct TreeNode* sortedArrayToBST(int* nums, int numsSize) {
    return build(nums, 0, numsSize - 1);
}

function sortedArrayToBST(nums: number[]): TreeNode | null {
    const build = (low: number, high: number): TreeNode | null => {
        if (low > high) return null;
        const middle = (low + high) >> 1;
        return new TreeNode(nums[middle], build(low, middle - 1), build(middle + 1, high));
    };
    return build(0, nums.length - 1);
};

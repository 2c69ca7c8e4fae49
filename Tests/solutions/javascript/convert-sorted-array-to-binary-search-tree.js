/**
 * @param {number[]} nums
 * @return {TreeNode}
 */
var sortedArrayToBST = function(nums) {
    const build = (low, high) => {
        if (low > high) return null;
        const middle = (low + high) >> 1;
        return new TreeNode(nums[middle], build(low, middle - 1), build(middle + 1, high));
    };
    return build(0, nums.length - 1);
};

/**
 Do not return anything, modify nums in-place instead.
 */
function rotate(nums: number[], k: number): void {
    const n = nums.length;
    k %= n;
    const rev = (l: number, r: number) => {
        while (l < r) { [nums[l], nums[r]] = [nums[r], nums[l]]; l++; r--; }
    };
    rev(0, n - 1);
    rev(0, k - 1);
    rev(k, n - 1);
};

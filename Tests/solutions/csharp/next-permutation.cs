public class Solution {
    public void NextPermutation(int[] nums) {
        int i = nums.Length - 2;
        while (i >= 0 && nums[i] >= nums[i + 1]) i--;
        if (i >= 0) {
            int j = nums.Length - 1;
            while (nums[j] <= nums[i]) j--;
            Swap(nums, i, j);
        }
        Reverse(nums, i + 1, nums.Length - 1);
    }

    private void Swap(int[] nums, int i, int j) => (nums[i], nums[j]) = (nums[j], nums[i]);

    private void Reverse(int[] nums, int l, int r) {
        while (l < r) {
            (nums[l], nums[r]) = (nums[r], nums[l]);
            l++;
            r--;
        }
    }
}

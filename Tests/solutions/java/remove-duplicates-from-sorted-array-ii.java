class Solution {
    public int removeDuplicates(int[] nums) {
        int k = 0;
        for (int value : nums) {
            if (k < 2 || nums[k - 2] != value) nums[k++] = value;
        }
        return k;
    }
}

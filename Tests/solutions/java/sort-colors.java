class Solution {
    public void sortColors(int[] nums) {
        int low = 0, i = 0, high = nums.length - 1;
        while (i <= high) {
            if (nums[i] == 0) {
                int t = nums[low]; nums[low] = nums[i]; nums[i] = t;
                low++;
                i++;
            } else if (nums[i] == 2) {
                int t = nums[high]; nums[high] = nums[i]; nums[i] = t;
                high--;
            } else {
                i++;
            }
        }
    }
}

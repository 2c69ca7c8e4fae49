class Solution {
    public int maxProduct(int[] nums) {
        int best = nums[0], high = nums[0], low = nums[0];
        for (int i = 1; i < nums.length; i++) {
            int v = nums[i];
            if (v < 0) {
                int t = high;
                high = low;
                low = t;
            }
            high = Math.max(v, high * v);
            low = Math.min(v, low * v);
            best = Math.max(best, high);
        }
        return best;
    }
}

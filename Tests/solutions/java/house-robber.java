class Solution {
    public int rob(int[] nums) {
        int take = 0, skip = 0;
        for (int x : nums) {
            int t = skip + x;
            skip = Math.max(take, skip);
            take = t;
        }
        return Math.max(take, skip);
    }
}

public class Solution {
    public int MaxArea(int[] height) {
        int l = 0, r = height.Length - 1, best = 0;
        while (l < r) {
            best = Math.Max(best, Math.Min(height[l], height[r]) * (r - l));
            if (height[l] < height[r]) l++; else r--;
        }
        return best;
    }
}

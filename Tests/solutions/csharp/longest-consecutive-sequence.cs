public class Solution {
    public int LongestConsecutive(int[] nums) {
        HashSet<int> set = new(nums);
        int best = 0;
        foreach (int n in set) {
            if (set.Contains(n - 1)) continue;
            int len = 1;
            while (set.Contains(n + len)) len++;
            best = Math.Max(best, len);
        }
        return best;
    }
}

class Solution {
    public int maximumGap(int[] nums) {
        int n = nums.length;
        if (n < 2) return 0;
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int x : nums) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
        if (lo == hi) return 0;
        int size = Math.max(1, (hi - lo) / (n - 1));
        int count = (hi - lo) / size + 1;
        int[] mins = new int[count], maxs = new int[count];
        boolean[] used = new boolean[count];
        Arrays.fill(mins, Integer.MAX_VALUE);
        Arrays.fill(maxs, Integer.MIN_VALUE);
        for (int x : nums) {
            int b = (x - lo) / size;
            used[b] = true;
            mins[b] = Math.min(mins[b], x);
            maxs[b] = Math.max(maxs[b], x);
        }
        int best = 0, prev = lo;
        for (int b = 0; b < count; b++) {
            if (!used[b]) continue;
            best = Math.max(best, mins[b] - prev);
            prev = maxs[b];
        }
        return best;
    }
}

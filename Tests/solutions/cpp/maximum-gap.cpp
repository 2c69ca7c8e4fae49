class Solution {
public:
    int maximumGap(vector<int>& nums) {
        int n = nums.size();
        if (n < 2) return 0;
        int lo = *min_element(nums.begin(), nums.end());
        int hi = *max_element(nums.begin(), nums.end());
        if (lo == hi) return 0;
        int size = max(1, (hi - lo) / (n - 1));
        int count = (hi - lo) / size + 1;
        vector<int> mins(count, INT_MAX), maxs(count, INT_MIN);
        vector<bool> used(count, false);
        for (int x : nums) {
            int b = (x - lo) / size;
            used[b] = true;
            mins[b] = min(mins[b], x);
            maxs[b] = max(maxs[b], x);
        }
        int best = 0, prev = lo;
        for (int b = 0; b < count; b++) {
            if (!used[b]) continue;
            best = max(best, mins[b] - prev);
            prev = maxs[b];
        }
        return best;
    }
};

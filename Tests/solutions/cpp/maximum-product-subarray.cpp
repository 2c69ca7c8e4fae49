class Solution {
public:
    int maxProduct(vector<int>& nums) {
        int best = nums[0], high = nums[0], low = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            int v = nums[i];
            if (v < 0) swap(high, low);
            high = max(v, high * v);
            low = min(v, low * v);
            best = max(best, high);
        }
        return best;
    }
};

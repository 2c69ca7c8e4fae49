class Solution {
public:
    vector<vector<int>> permuteUnique(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> out;
        vector<int> prefix;
        vector<bool> used(nums.size(), false);
        build(nums, used, prefix, out);
        return out;
    }

private:
    void build(const vector<int>& nums, vector<bool>& used, vector<int>& prefix, vector<vector<int>>& out) {
        if (prefix.size() == nums.size()) {
            out.push_back(prefix);
            return;
        }
        for (int i = 0; i < (int)nums.size(); i++) {
            if (used[i] || (i > 0 && nums[i] == nums[i - 1] && !used[i - 1])) continue;
            used[i] = true;
            prefix.push_back(nums[i]);
            build(nums, used, prefix, out);
            prefix.pop_back();
            used[i] = false;
        }
    }
};

class Solution {
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> out;
        vector<int> current;
        build(nums, 0, current, out);
        return out;
    }

private:
    void build(vector<int>& nums, int start, vector<int>& current, vector<vector<int>>& out) {
        out.push_back(current);
        for (int i = start; i < (int)nums.size(); i++) {
            if (i > start && nums[i] == nums[i - 1]) continue;
            current.push_back(nums[i]);
            build(nums, i + 1, current, out);
            current.pop_back();
        }
    }
};

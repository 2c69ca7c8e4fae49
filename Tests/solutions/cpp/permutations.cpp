class Solution {
public:
    vector<vector<int>> permute(vector<int>& nums) {
        vector<vector<int>> out;
        build(nums, 0, out);
        return out;
    }

private:
    void build(vector<int>& nums, int start, vector<vector<int>>& out) {
        if (start == (int)nums.size()) {
            out.push_back(nums);
            return;
        }
        for (int i = start; i < (int)nums.size(); i++) {
            swap(nums[start], nums[i]);
            build(nums, start + 1, out);
            swap(nums[start], nums[i]);
        }
    }
};

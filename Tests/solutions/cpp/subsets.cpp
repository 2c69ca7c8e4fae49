class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> out = {{}};
        for (int value : nums) {
            int size = out.size();
            for (int i = 0; i < size; i++) {
                vector<int> subset = out[i];
                subset.push_back(value);
                out.push_back(subset);
            }
        }
        return out;
    }
};

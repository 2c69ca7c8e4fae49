class Solution {
public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        vector<vector<int>> out;
        vector<int> picked;
        search(candidates, 0, target, picked, out);
        return out;
    }

private:
    void search(const vector<int>& c, int start, int left, vector<int>& picked, vector<vector<int>>& out) {
        if (left == 0) {
            out.push_back(picked);
            return;
        }
        for (int i = start; i < (int)c.size() && c[i] <= left; i++) {
            if (i > start && c[i] == c[i - 1]) continue;
            picked.push_back(c[i]);
            search(c, i + 1, left - c[i], picked, out);
            picked.pop_back();
        }
    }
};

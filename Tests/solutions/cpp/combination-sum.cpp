class Solution {
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        vector<vector<int>> out;
        vector<int> chosen;
        build(candidates, 0, target, chosen, out);
        return out;
    }

private:
    void build(const vector<int>& c, int start, int left, vector<int>& chosen, vector<vector<int>>& out) {
        if (left == 0) {
            out.push_back(chosen);
            return;
        }
        for (int i = start; i < (int)c.size() && c[i] <= left; i++) {
            chosen.push_back(c[i]);
            build(c, i, left - c[i], chosen, out);
            chosen.pop_back();
        }
    }
};

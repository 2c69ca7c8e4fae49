class Solution {
public:
    vector<vector<int>> combine(int n, int k) {
        vector<vector<int>> out;
        vector<int> chosen;
        extend(1, n, k, chosen, out);
        return out;
    }

private:
    void extend(int start, int n, int k, vector<int>& chosen, vector<vector<int>>& out) {
        if ((int)chosen.size() == k) {
            out.push_back(chosen);
            return;
        }
        for (int value = start; value <= n - (k - (int)chosen.size()) + 1; value++) {
            chosen.push_back(value);
            extend(value + 1, n, k, chosen, out);
            chosen.pop_back();
        }
    }
};

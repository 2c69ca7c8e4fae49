class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> out;
        for (auto& interval : intervals) {
            if (!out.empty() && interval[0] <= out.back()[1]) {
                out.back()[1] = max(out.back()[1], interval[1]);
            } else {
                out.push_back(interval);
            }
        }
        return out;
    }
};

class Solution {
public:
    int maximalRectangle(vector<vector<char>>& matrix) {
        int cols = matrix[0].size();
        vector<int> heights(cols + 1, 0);
        int best = 0;
        for (auto& row : matrix) {
            for (int j = 0; j < cols; j++) heights[j] = row[j] == '1' ? heights[j] + 1 : 0;
            stack<int> st;
            for (int i = 0; i <= cols; i++) {
                while (!st.empty() && heights[st.top()] >= heights[i]) {
                    int h = heights[st.top()];
                    st.pop();
                    int left = st.empty() ? -1 : st.top();
                    best = max(best, h * (i - left - 1));
                }
                st.push(i);
            }
        }
        return best;
    }
};

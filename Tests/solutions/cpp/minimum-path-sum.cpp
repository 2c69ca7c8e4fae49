class Solution {
public:
    int minPathSum(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        vector<int> best(n, INT_MAX);
        best[0] = 0;
        for (int i = 0; i < m; i++) {
            best[0] += grid[i][0];
            for (int j = 1; j < n; j++)
                best[j] = min(best[j], best[j - 1]) + grid[i][j];
        }
        return best[n - 1];
    }
};

class Solution {
public:
    int uniquePathsWithObstacles(vector<vector<int>>& obstacleGrid) {
        int n = obstacleGrid[0].size();
        vector<long long> row(n, 0);
        row[0] = 1;
        for (auto& cells : obstacleGrid) {
            for (int j = 0; j < n; j++) {
                if (cells[j]) row[j] = 0;
                else if (j > 0) row[j] += row[j - 1];
            }
        }
        return (int)row[n - 1];
    }
};

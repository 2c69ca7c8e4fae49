class Solution {
public:
    int calculateMinimumHP(vector<vector<int>>& dungeon) {
        int m = dungeon.size(), n = dungeon[0].size();
        vector<int> need(n + 1, INT_MAX);
        for (int i = m - 1; i >= 0; i--) {
            vector<int> row(n + 1, INT_MAX);
            for (int j = n - 1; j >= 0; j--) {
                int best = (i == m - 1 && j == n - 1) ? 1 : min(need[j], row[j + 1]);
                row[j] = max(1, best - dungeon[i][j]);
            }
            need = row;
        }
        return need[0];
    }
};

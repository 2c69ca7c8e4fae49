class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        vector<pair<int, int>> stack;
        for (int r = 0; r < m; r++) { stack.push_back({r, 0}); stack.push_back({r, n - 1}); }
        for (int c = 0; c < n; c++) { stack.push_back({0, c}); stack.push_back({m - 1, c}); }
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            if (r < 0 || r >= m || c < 0 || c >= n || board[r][c] != 'O') continue;
            board[r][c] = '#';
            stack.push_back({r + 1, c});
            stack.push_back({r - 1, c});
            stack.push_back({r, c + 1});
            stack.push_back({r, c - 1});
        }
        for (auto& row : board)
            for (char& ch : row) ch = ch == '#' ? 'O' : 'X';
    }
};

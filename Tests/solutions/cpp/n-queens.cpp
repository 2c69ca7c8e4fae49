class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<vector<string>> out;
        vector<string> board(n, string(n, '.'));
        vector<bool> cols(n, false), up(2 * n, false), down(2 * n, false);
        place(0, n, board, cols, up, down, out);
        return out;
    }

private:
    void place(int row, int n, vector<string>& board, vector<bool>& cols, vector<bool>& up,
               vector<bool>& down, vector<vector<string>>& out) {
        if (row == n) {
            out.push_back(board);
            return;
        }
        for (int c = 0; c < n; c++) {
            if (cols[c] || up[row + c] || down[row - c + n]) continue;
            cols[c] = up[row + c] = down[row - c + n] = true;
            board[row][c] = 'Q';
            place(row + 1, n, board, cols, up, down, out);
            board[row][c] = '.';
            cols[c] = up[row + c] = down[row - c + n] = false;
        }
    }
};

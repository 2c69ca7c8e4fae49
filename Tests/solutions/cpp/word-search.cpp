class Solution {
public:
    bool exist(vector<vector<char>>& board, string word) {
        m = board.size();
        n = board[0].size();
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (trace(board, word, i, j, 0)) return true;
        return false;
    }

private:
    int m, n;

    bool trace(vector<vector<char>>& board, const string& word, int i, int j, int k) {
        if (k == (int)word.size()) return true;
        if (i < 0 || j < 0 || i >= m || j >= n || board[i][j] != word[k]) return false;
        char c = board[i][j];
        board[i][j] = '#';
        bool found = trace(board, word, i + 1, j, k + 1) || trace(board, word, i - 1, j, k + 1) ||
                     trace(board, word, i, j + 1, k + 1) || trace(board, word, i, j - 1, k + 1);
        board[i][j] = c;
        return found;
    }
};

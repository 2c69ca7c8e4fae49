class Solution {
    private int m, n;

    public boolean exist(char[][] board, String word) {
        m = board.length;
        n = board[0].length;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (trace(board, word, i, j, 0)) return true;
        return false;
    }

    private boolean trace(char[][] board, String word, int i, int j, int k) {
        if (k == word.length()) return true;
        if (i < 0 || j < 0 || i >= m || j >= n || board[i][j] != word.charAt(k)) return false;
        char c = board[i][j];
        board[i][j] = '#';
        boolean found = trace(board, word, i + 1, j, k + 1) || trace(board, word, i - 1, j, k + 1)
                || trace(board, word, i, j + 1, k + 1) || trace(board, word, i, j - 1, k + 1);
        board[i][j] = c;
        return found;
    }
}

class Solution {
    public List<List<String>> solveNQueens(int n) {
        List<List<String>> out = new ArrayList<>();
        char[][] board = new char[n][n];
        for (char[] row : board) Arrays.fill(row, '.');
        place(0, n, board, new boolean[n], new boolean[2 * n], new boolean[2 * n], out);
        return out;
    }

    private void place(int row, int n, char[][] board, boolean[] cols, boolean[] up, boolean[] down,
                       List<List<String>> out) {
        if (row == n) {
            List<String> rows = new ArrayList<>();
            for (char[] r : board) rows.add(new String(r));
            out.add(rows);
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
}

class Solution {
    public void solve(char[][] board) {
        int m = board.length, n = board[0].length;
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        for (int r = 0; r < m; r++) { stack.push(new int[]{r, 0}); stack.push(new int[]{r, n - 1}); }
        for (int c = 0; c < n; c++) { stack.push(new int[]{0, c}); stack.push(new int[]{m - 1, c}); }
        while (!stack.isEmpty()) {
            int[] cell = stack.pop();
            int r = cell[0], c = cell[1];
            if (r < 0 || r >= m || c < 0 || c >= n || board[r][c] != 'O') continue;
            board[r][c] = '#';
            stack.push(new int[]{r + 1, c});
            stack.push(new int[]{r - 1, c});
            stack.push(new int[]{r, c + 1});
            stack.push(new int[]{r, c - 1});
        }
        for (char[] row : board)
            for (int c = 0; c < n; c++) row[c] = row[c] == '#' ? 'O' : 'X';
    }
}

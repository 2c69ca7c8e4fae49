public class Solution {
    public void Solve(char[][] board) {
        int m = board.Length, n = board[0].Length;
        var stack = new Stack<(int, int)>();
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if ((i == 0 || j == 0 || i == m - 1 || j == n - 1) && board[i][j] == 'O') {
                    board[i][j] = '#';
                    stack.Push((i, j));
                }
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        while (stack.Count > 0) {
            var (r, c) = stack.Pop();
            for (int d = 0; d < 4; d++) {
                int x = r + dr[d], y = c + dc[d];
                if (x >= 0 && y >= 0 && x < m && y < n && board[x][y] == 'O') {
                    board[x][y] = '#';
                    stack.Push((x, y));
                }
            }
        }
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                board[i][j] = board[i][j] == '#' ? 'O' : 'X';
    }
}

public class Solution {
    public IList<IList<string>> SolveNQueens(int n) {
        var res = new List<IList<string>>();
        var board = new char[n][];
        for (int i = 0; i < n; i++) {
            board[i] = new char[n];
            Array.Fill(board[i], '.');
        }
        var cols = new bool[n];
        var d1 = new bool[2 * n];
        var d2 = new bool[2 * n];
        Solve(0, n, board, cols, d1, d2, res);
        return res;
    }

    private void Solve(int r, int n, char[][] board, bool[] cols, bool[] d1, bool[] d2, List<IList<string>> res) {
        if (r == n) {
            var sol = new List<string>();
            foreach (var row in board) sol.Add(new string(row));
            res.Add(sol);
            return;
        }
        for (int c = 0; c < n; c++) {
            if (cols[c] || d1[r - c + n] || d2[r + c]) continue;
            cols[c] = d1[r - c + n] = d2[r + c] = true;
            board[r][c] = 'Q';
            Solve(r + 1, n, board, cols, d1, d2, res);
            board[r][c] = '.';
            cols[c] = d1[r - c + n] = d2[r + c] = false;
        }
    }
}

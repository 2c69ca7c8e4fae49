public class Solution {
    private bool[,] rows = new bool[9, 10], cols = new bool[9, 10], boxes = new bool[9, 10];
    private List<int> empty = new List<int>();

    public void SolveSudoku(char[][] board) {
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++) {
                if (board[r][c] == '.') { empty.Add(r * 9 + c); continue; }
                int d = board[r][c] - '0';
                rows[r, d] = cols[c, d] = boxes[r / 3 * 3 + c / 3, d] = true;
            }
        Solve(board, 0);
    }

    private bool Solve(char[][] board, int k) {
        if (k == empty.Count) return true;
        int r = empty[k] / 9, c = empty[k] % 9, b = r / 3 * 3 + c / 3;
        for (int d = 1; d <= 9; d++) {
            if (rows[r, d] || cols[c, d] || boxes[b, d]) continue;
            rows[r, d] = cols[c, d] = boxes[b, d] = true;
            board[r][c] = (char)('0' + d);
            if (Solve(board, k + 1)) return true;
            rows[r, d] = cols[c, d] = boxes[b, d] = false;
            board[r][c] = '.';
        }
        return false;
    }
}

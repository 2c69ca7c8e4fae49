public class Solution {
    public int TotalNQueens(int n) {
        var cols = new bool[n];
        var diag1 = new bool[2 * n];
        var diag2 = new bool[2 * n];
        int Place(int row) {
            if (row == n) return 1;
            int count = 0;
            for (int c = 0; c < n; c++) {
                if (cols[c] || diag1[row + c] || diag2[row - c + n]) continue;
                cols[c] = diag1[row + c] = diag2[row - c + n] = true;
                count += Place(row + 1);
                cols[c] = diag1[row + c] = diag2[row - c + n] = false;
            }
            return count;
        }
        return Place(0);
    }
}

class Solution {
    public int totalNQueens(int n) {
        return count(n, 0, 0, 0, 0);
    }

    private int count(int n, int row, int cols, int up, int down) {
        if (row == n) return 1;
        int total = 0;
        int free = ~(cols | up | down) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free ^= bit;
            total += count(n, row + 1, cols | bit, (up | bit) << 1, (down | bit) >> 1);
        }
        return total;
    }
}

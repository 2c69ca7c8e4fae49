class Solution {
    public int uniquePaths(int m, int n) {
        long[] row = new long[n];
        Arrays.fill(row, 1);
        for (int i = 1; i < m; i++)
            for (int j = 1; j < n; j++)
                row[j] += row[j - 1];
        return (int) row[n - 1];
    }
}

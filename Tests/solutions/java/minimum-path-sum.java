class Solution {
    public int minPathSum(int[][] grid) {
        int m = grid.length, n = grid[0].length;
        int[] best = new int[n];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < m; i++) {
            best[0] += grid[i][0];
            for (int j = 1; j < n; j++)
                best[j] = Math.min(best[j], best[j - 1]) + grid[i][j];
        }
        return best[n - 1];
    }
}

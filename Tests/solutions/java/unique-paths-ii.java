class Solution {
    public int uniquePathsWithObstacles(int[][] obstacleGrid) {
        int n = obstacleGrid[0].length;
        long[] row = new long[n];
        row[0] = 1;
        for (int[] cells : obstacleGrid) {
            for (int j = 0; j < n; j++) {
                if (cells[j] == 1) row[j] = 0;
                else if (j > 0) row[j] += row[j - 1];
            }
        }
        return (int) row[n - 1];
    }
}

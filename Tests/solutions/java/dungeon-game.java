class Solution {
    public int calculateMinimumHP(int[][] dungeon) {
        int m = dungeon.length, n = dungeon[0].length;
        int[][] need = new int[m + 1][n + 1];
        for (int[] row : need) Arrays.fill(row, Integer.MAX_VALUE);
        need[m][n - 1] = 1;
        need[m - 1][n] = 1;
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                int best = Math.min(need[i + 1][j], need[i][j + 1]);
                need[i][j] = Math.max(1, best - dungeon[i][j]);
            }
        }
        return need[0][0];
    }
}

class Solution {
    public int[][] generateMatrix(int n) {
        int[][] grid = new int[n][n];
        int top = 0, bottom = n - 1, left = 0, right = n - 1, value = 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) grid[top][c] = value++;
            top++;
            for (int r = top; r <= bottom; r++) grid[r][right] = value++;
            right--;
            if (top <= bottom) {
                for (int c = right; c >= left; c--) grid[bottom][c] = value++;
                bottom--;
            }
            if (left <= right) {
                for (int r = bottom; r >= top; r--) grid[r][left] = value++;
                left++;
            }
        }
        return grid;
    }
}

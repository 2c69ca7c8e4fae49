public class Solution {
    public int[][] GenerateMatrix(int n) {
        var m = new int[n][];
        for (int i = 0; i < n; i++) m[i] = new int[n];
        int top = 0, bottom = n - 1, left = 0, right = n - 1, v = 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) m[top][j] = v++;
            top++;
            for (int i = top; i <= bottom; i++) m[i][right] = v++;
            right--;
            if (top <= bottom) {
                for (int j = right; j >= left; j--) m[bottom][j] = v++;
                bottom--;
            }
            if (left <= right) {
                for (int i = bottom; i >= top; i--) m[i][left] = v++;
                left++;
            }
        }
        return m;
    }
}

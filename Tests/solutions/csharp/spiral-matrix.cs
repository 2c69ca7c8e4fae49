public class Solution {
    public IList<int> SpiralOrder(int[][] matrix) {
        var result = new List<int>();
        int top = 0, bottom = matrix.Length - 1, left = 0, right = matrix[0].Length - 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) result.Add(matrix[top][j]);
            for (int i = top + 1; i <= bottom; i++) result.Add(matrix[i][right]);
            if (top < bottom && left < right) {
                for (int j = right - 1; j >= left; j--) result.Add(matrix[bottom][j]);
                for (int i = bottom - 1; i > top; i--) result.Add(matrix[i][left]);
            }
            top++; bottom--; left++; right--;
        }
        return result;
    }
}

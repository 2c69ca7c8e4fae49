class Solution {
    public boolean searchMatrix(int[][] matrix, int target) {
        int n = matrix[0].length;
        int low = 0, high = matrix.length * n - 1;
        while (low <= high) {
            int middle = low + (high - low) / 2;
            int value = matrix[middle / n][middle % n];
            if (value == target) return true;
            if (value < target) low = middle + 1;
            else high = middle - 1;
        }
        return false;
    }
}

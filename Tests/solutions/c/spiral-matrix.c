/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* spiralOrder(int** matrix, int matrixSize, int* matrixColSize, int* returnSize) {
    int rows = matrixSize, cols = matrixColSize[0];
    int* out = malloc(rows * cols * sizeof(int));
    int k = 0, top = 0, bottom = rows - 1, left = 0, right = cols - 1;
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; j++) out[k++] = matrix[top][j];
        for (int i = top + 1; i <= bottom; i++) out[k++] = matrix[i][right];
        if (top < bottom && left < right) {
            for (int j = right - 1; j >= left; j--) out[k++] = matrix[bottom][j];
            for (int i = bottom - 1; i > top; i--) out[k++] = matrix[i][left];
        }
        top++; bottom--; left++; right--;
    }
    *returnSize = k;
    return out;
}

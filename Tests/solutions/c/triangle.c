int minimumTotal(int** triangle, int triangleSize, int* triangleColSize) {
    int* dp = malloc((triangleSize + 1) * sizeof(int));
    for (int j = 0; j < triangleSize; j++) dp[j] = triangle[triangleSize - 1][j];
    for (int i = triangleSize - 2; i >= 0; i--)
        for (int j = 0; j <= i; j++)
            dp[j] = triangle[i][j] + (dp[j] < dp[j + 1] ? dp[j] : dp[j + 1]);
    int result = dp[0];
    free(dp);
    return result;
}

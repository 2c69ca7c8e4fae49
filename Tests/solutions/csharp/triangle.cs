public class Solution {
    public int MinimumTotal(IList<IList<int>> triangle) {
        int n = triangle.Count;
        var dp = new int[n + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = 0; j <= i; j++)
                dp[j] = triangle[i][j] + Math.Min(dp[j], dp[j + 1]);
        return dp[0];
    }
}

class Solution {
public:
    int numDistinct(string s, string t) {
        int m = t.size();
        vector<unsigned long long> dp(m + 1, 0);
        dp[0] = 1;
        for (char c : s) {
            for (int j = m; j >= 1; j--) {
                if (t[j - 1] == c) dp[j] += dp[j - 1];
            }
        }
        return (int)dp[m];
    }
};

bool wordBreak(char* s, char** wordDict, int wordDictSize) {
    int n = strlen(s);
    bool* dp = calloc(n + 1, sizeof(bool));
    dp[0] = true;
    for (int i = 1; i <= n; i++) {
        for (int k = 0; k < wordDictSize && !dp[i]; k++) {
            int wl = strlen(wordDict[k]);
            if (wl <= i && dp[i - wl] && strncmp(s + i - wl, wordDict[k], wl) == 0) dp[i] = true;
        }
    }
    bool result = dp[n];
    free(dp);
    return result;
}

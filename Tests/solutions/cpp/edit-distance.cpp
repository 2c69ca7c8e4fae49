class Solution {
public:
    int minDistance(string word1, string word2) {
        int n = word1.size(), m = word2.size();
        vector<int> previous(m + 1), current(m + 1);
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                if (word1[i - 1] == word2[j - 1]) current[j] = previous[j - 1];
                else current[j] = 1 + min({previous[j - 1], previous[j], current[j - 1]});
            }
            swap(previous, current);
        }
        return previous[m];
    }
};

class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        int n = s.size();
        vector<bool> reachable(n + 1, false);
        reachable[0] = true;
        for (int end = 1; end <= n; end++) {
            for (int start = max(0, end - 20); start < end && !reachable[end]; start++) {
                if (reachable[start] && words.count(s.substr(start, end - start)))
                    reachable[end] = true;
            }
        }
        return reachable[n];
    }
};

class Solution {
public:
    vector<string> wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        int n = s.size();
        vector<bool> canFinish(n + 1, false);
        canFinish[n] = true;
        for (int i = n - 1; i >= 0; i--)
            for (int j = i + 1; j <= n && j - i <= 10 && !canFinish[i]; j++)
                if (canFinish[j] && words.count(s.substr(i, j - i))) canFinish[i] = true;
        vector<string> out;
        string current;
        build(s, 0, words, canFinish, current, out);
        return out;
    }

private:
    void build(const string& s, int start, unordered_set<string>& words, vector<bool>& canFinish,
               string& current, vector<string>& out) {
        int n = s.size();
        if (start == n) {
            out.push_back(current);
            return;
        }
        if (!canFinish[start]) return;
        for (int end = start + 1; end <= n && end - start <= 10; end++) {
            string piece = s.substr(start, end - start);
            if (!canFinish[end] || !words.count(piece)) continue;
            size_t keep = current.size();
            if (!current.empty()) current += ' ';
            current += piece;
            build(s, end, words, canFinish, current, out);
            current.resize(keep);
        }
    }
};

class Solution {
public:
    vector<vector<string>> partition(string s) {
        int n = s.size();
        vector<vector<bool>> pal(n, vector<bool>(n, false));
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        vector<vector<string>> out;
        vector<string> pieces;
        cut(s, 0, pal, pieces, out);
        return out;
    }

private:
    void cut(const string& s, int start, vector<vector<bool>>& pal, vector<string>& pieces,
             vector<vector<string>>& out) {
        if (start == (int)s.size()) {
            out.push_back(pieces);
            return;
        }
        for (int end = start; end < (int)s.size(); end++) {
            if (!pal[start][end]) continue;
            pieces.push_back(s.substr(start, end - start + 1));
            cut(s, end + 1, pal, pieces, out);
            pieces.pop_back();
        }
    }
};

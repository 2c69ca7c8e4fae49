class Solution {
public:
    vector<vector<string>> findLadders(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> words(wordList.begin(), wordList.end());
        vector<vector<string>> out;
        if (!words.count(endWord)) return out;
        words.erase(beginWord);
        unordered_map<string, vector<string>> parents;
        unordered_set<string> level{beginWord};
        bool found = false;
        while (!level.empty() && !found) {
            for (const string& w : level) words.erase(w);
            unordered_set<string> next;
            for (const string& w : level) {
                string cur = w;
                for (int i = 0; i < (int)cur.size(); i++) {
                    char keep = cur[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == keep) continue;
                        cur[i] = c;
                        if (words.count(cur)) {
                            if (cur == endWord) found = true;
                            next.insert(cur);
                            parents[cur].push_back(w);
                        }
                    }
                    cur[i] = keep;
                }
            }
            level = move(next);
        }
        if (!found) return out;
        vector<string> path{endWord};
        back(endWord, beginWord, parents, path, out);
        return out;
    }

private:
    void back(const string& word, const string& beginWord, unordered_map<string, vector<string>>& parents,
              vector<string>& path, vector<vector<string>>& out) {
        if (word == beginWord) {
            out.emplace_back(path.rbegin(), path.rend());
            return;
        }
        for (const string& p : parents[word]) {
            path.push_back(p);
            back(p, beginWord, parents, path, out);
            path.pop_back();
        }
    }
};

class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> words(wordList.begin(), wordList.end());
        if (!words.count(endWord)) return 0;
        words.erase(beginWord);
        queue<string> q;
        q.push(beginWord);
        int steps = 1;
        while (!q.empty()) {
            steps++;
            int size = q.size();
            for (int k = 0; k < size; k++) {
                string cur = q.front();
                q.pop();
                for (int i = 0; i < (int)cur.size(); i++) {
                    char keep = cur[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == keep) continue;
                        cur[i] = c;
                        if (words.count(cur)) {
                            if (cur == endWord) return steps;
                            words.erase(cur);
                            q.push(cur);
                        }
                    }
                    cur[i] = keep;
                }
            }
        }
        return 0;
    }
};

class Solution {
public:
    string reverseWords(string s) {
        reverse(s.begin(), s.end());
        int n = s.size(), write = 0;
        for (int read = 0; read < n; read++) {
            if (s[read] == ' ') continue;
            if (write > 0) s[write++] = ' ';
            int start = write;
            while (read < n && s[read] != ' ') s[write++] = s[read++];
            reverse(s.begin() + start, s.begin() + write);
        }
        s.resize(write);
        return s;
    }
};

class Solution {
public:
    vector<string> fullJustify(vector<string>& words, int maxWidth) {
        vector<string> lines;
        int n = words.size(), i = 0;
        while (i < n) {
            int j = i + 1, width = words[i].size();
            while (j < n && width + 1 + (int)words[j].size() <= maxWidth) {
                width += 1 + words[j].size();
                j++;
            }
            string line;
            if (j == n || j - i == 1) {
                for (int k = i; k < j; k++) {
                    if (k > i) line += ' ';
                    line += words[k];
                }
                line += string(maxWidth - line.size(), ' ');
            } else {
                int gaps = j - i - 1, letters = width - gaps;
                int spaces = maxWidth - letters, wide = spaces / gaps, extra = spaces % gaps;
                for (int k = i; k < j - 1; k++) {
                    line += words[k];
                    line += string(wide + (k - i < extra ? 1 : 0), ' ');
                }
                line += words[j - 1];
            }
            lines.push_back(line);
            i = j;
        }
        return lines;
    }
};

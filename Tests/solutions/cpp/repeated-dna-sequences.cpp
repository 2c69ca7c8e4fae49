class Solution {
public:
    vector<string> findRepeatedDnaSequences(string s) {
        vector<string> out;
        if (s.size() < 10) return out;
        auto code = [](char c) { return c == 'A' ? 0 : c == 'C' ? 1 : c == 'G' ? 2 : 3; };
        unordered_map<int, int> count;
        int hash = 0, mask = (1 << 20) - 1;
        for (int i = 0; i < (int)s.size(); i++) {
            hash = ((hash << 2) | code(s[i])) & mask;
            if (i >= 9 && ++count[hash] == 2) out.push_back(s.substr(i - 9, 10));
        }
        return out;
    }
};

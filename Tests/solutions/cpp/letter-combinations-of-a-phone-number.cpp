class Solution {
public:
    vector<string> letterCombinations(string digits) {
        if (digits.empty()) return {};
        static const string keys[10] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
        vector<string> out;
        string cur;
        function<void(int)> go = [&](int i) {
            if (i == (int)digits.size()) { out.push_back(cur); return; }
            for (char c : keys[digits[i] - '0']) {
                cur.push_back(c);
                go(i + 1);
                cur.pop_back();
            }
        };
        go(0);
        return out;
    }
};

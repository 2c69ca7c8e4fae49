class Solution {
public:
    string longestCommonPrefix(vector<string>& strs) {
        string prefix = strs[0];
        for (auto& s : strs) {
            while (s.compare(0, prefix.size(), prefix) != 0) prefix.pop_back();
        }
        return prefix;
    }
};

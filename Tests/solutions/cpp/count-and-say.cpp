class Solution {
public:
    string countAndSay(int n) {
        string term = "1";
        for (int k = 1; k < n; k++) {
            string next;
            for (size_t i = 0; i < term.size(); ) {
                size_t j = i;
                while (j < term.size() && term[j] == term[i]) j++;
                next += to_string(j - i);
                next += term[i];
                i = j;
            }
            term = next;
        }
        return term;
    }
};

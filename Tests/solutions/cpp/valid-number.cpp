class Solution {
public:
    bool isNumber(string s) {
        bool digits = false, dot = false, exponent = false;
        for (int i = 0; i < (int)s.size(); i++) {
            char c = s[i];
            if (isdigit(c)) {
                digits = true;
            } else if (c == '+' || c == '-') {
                if (i > 0 && s[i - 1] != 'e' && s[i - 1] != 'E') return false;
            } else if (c == '.') {
                if (dot || exponent) return false;
                dot = true;
            } else if (c == 'e' || c == 'E') {
                if (exponent || !digits) return false;
                exponent = true;
                digits = false;
            } else {
                return false;
            }
        }
        return digits;
    }
};

class Solution {
public:
    int myAtoi(string s) {
        size_t i = 0;
        while (i < s.size() && s[i] == ' ') i++;
        int sign = 1;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
        long long value = 0;
        while (i < s.size() && isdigit((unsigned char)s[i])) {
            value = value * 10 + (s[i++] - '0');
            if (sign * value > INT_MAX) return INT_MAX;
            if (sign * value < INT_MIN) return INT_MIN;
        }
        return (int)(sign * value);
    }
};

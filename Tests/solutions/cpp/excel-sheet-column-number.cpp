class Solution {
public:
    int titleToNumber(string columnTitle) {
        long long number = 0;
        for (char c : columnTitle) number = number * 26 + (c - 'A' + 1);
        return (int)number;
    }
};

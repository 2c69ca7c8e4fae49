class Solution {
public:
    string convertToTitle(int columnNumber) {
        string out;
        while (columnNumber > 0) {
            columnNumber--;
            out += char('A' + columnNumber % 26);
            columnNumber /= 26;
        }
        reverse(out.begin(), out.end());
        return out;
    }
};

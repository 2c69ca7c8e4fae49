class Solution {
public:
    string multiply(string num1, string num2) {
        if (num1 == "0" || num2 == "0") return "0";
        int m = num1.size(), n = num2.size();
        vector<int> digits(m + n, 0);
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                int total = digits[i + j + 1] + (num1[i] - '0') * (num2[j] - '0');
                digits[i + j + 1] = total % 10;
                digits[i + j] += total / 10;
            }
        }
        string out;
        for (int d : digits) {
            if (out.empty() && d == 0) continue;
            out.push_back('0' + d);
        }
        return out;
    }
};

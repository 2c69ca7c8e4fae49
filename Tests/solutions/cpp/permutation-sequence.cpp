class Solution {
public:
    string getPermutation(int n, int k) {
        vector<int> fact(n + 1, 1);
        for (int i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
        string digits;
        for (int d = 1; d <= n; d++) digits.push_back('0' + d);
        string out;
        k--;
        for (int left = n; left >= 1; left--) {
            int index = k / fact[left - 1];
            k %= fact[left - 1];
            out.push_back(digits[index]);
            digits.erase(digits.begin() + index);
        }
        return out;
    }
};

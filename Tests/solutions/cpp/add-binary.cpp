class Solution {
public:
    string addBinary(string a, string b) {
        string out;
        int i = a.size() - 1, j = b.size() - 1, carry = 0;
        while (i >= 0 || j >= 0 || carry) {
            if (i >= 0) carry += a[i--] - '0';
            if (j >= 0) carry += b[j--] - '0';
            out.push_back('0' + (carry & 1));
            carry >>= 1;
        }
        reverse(out.begin(), out.end());
        return out;
    }
};

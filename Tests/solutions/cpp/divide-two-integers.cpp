class Solution {
public:
    int divide(int dividend, int divisor) {
        if (dividend == INT_MIN && divisor == -1) return INT_MAX;
        bool negative = (dividend < 0) != (divisor < 0);
        long long a = llabs((long long)dividend), b = llabs((long long)divisor);
        long long q = 0;
        for (int shift = 31; shift >= 0; shift--) {
            if ((b << shift) <= a) {
                a -= b << shift;
                q += 1LL << shift;
            }
        }
        return negative ? -q : q;
    }
};

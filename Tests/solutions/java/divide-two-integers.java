class Solution {
    public int divide(int dividend, int divisor) {
        if (dividend == Integer.MIN_VALUE && divisor == -1) return Integer.MAX_VALUE;
        boolean negative = (dividend < 0) != (divisor < 0);
        long a = Math.abs((long) dividend), b = Math.abs((long) divisor);
        long q = 0;
        while (a >= b) {
            long chunk = b, times = 1;
            while ((chunk << 1) <= a) {
                chunk <<= 1;
                times <<= 1;
            }
            a -= chunk;
            q += times;
        }
        return (int) (negative ? -q : q);
    }
}

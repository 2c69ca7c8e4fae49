class Solution {
    public int mySqrt(int x) {
        long low = 0, high = Math.min(x, 46340);
        while (low < high) {
            long middle = (low + high + 1) / 2;
            if (middle * middle <= x) low = middle;
            else high = middle - 1;
        }
        return (int) low;
    }
}

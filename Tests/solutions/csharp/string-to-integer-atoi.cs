public class Solution {
    public int MyAtoi(string s) {
        int i = 0, n = s.Length, sign = 1;
        long value = 0;
        while (i < n && s[i] == ' ') i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
        while (i < n && char.IsDigit(s[i])) {
            value = value * 10 + (s[i++] - '0');
            if (sign * value > int.MaxValue) return int.MaxValue;
            if (sign * value < int.MinValue) return int.MinValue;
        }
        return (int)(sign * value);
    }
}

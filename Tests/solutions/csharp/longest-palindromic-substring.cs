public class Solution {
    public string LongestPalindrome(string s) {
        int start = 0, length = 0;
        for (int center = 0; center < 2 * s.Length - 1; center++) {
            int l = center / 2, r = l + center % 2;
            while (l >= 0 && r < s.Length && s[l] == s[r]) { l--; r++; }
            if (r - l - 1 > length) { start = l + 1; length = r - l - 1; }
        }
        return s.Substring(start, length);
    }
}

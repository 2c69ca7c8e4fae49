char* longestPalindrome(char* s) {
    int n = strlen(s), start = 0, length = 0;
    for (int center = 0; center < 2 * n - 1; center++) {
        int l = center / 2, r = l + center % 2;
        while (l >= 0 && r < n && s[l] == s[r]) { l--; r++; }
        if (r - l - 1 > length) { start = l + 1; length = r - l - 1; }
    }
    char* out = malloc(length + 1);
    memcpy(out, s + start, length);
    out[length] = '\0';
    return out;
}

char* convert(char* s, int numRows) {
    int n = strlen(s);
    char* out = malloc(n + 1);
    if (numRows == 1) { strcpy(out, s); return out; }
    int cycle = 2 * numRows - 2, k = 0;
    for (int row = 0; row < numRows; row++) {
        for (int i = row; i < n; i += cycle) {
            out[k++] = s[i];
            int diagonal = i + cycle - 2 * row;
            if (row != 0 && row != numRows - 1 && diagonal < n) out[k++] = s[diagonal];
        }
    }
    out[k] = '\0';
    return out;
}

char* longestCommonPrefix(char** strs, int strsSize) {
    int length = strlen(strs[0]);
    for (int i = 1; i < strsSize; i++) {
        int k = 0;
        while (k < length && strs[i][k] == strs[0][k]) k++;
        length = k;
    }
    char* out = malloc(length + 1);
    memcpy(out, strs[0], length);
    out[length] = '\0';
    return out;
}

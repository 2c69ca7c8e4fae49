/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
char** fullJustify(char** words, int wordsSize, int maxWidth, int* returnSize) {
    char** res = malloc(wordsSize * sizeof(char*));
    *returnSize = 0;
    int i = 0;
    while (i < wordsSize) {
        int j = i, len = 0;
        while (j < wordsSize && len + (int)strlen(words[j]) + (j - i) <= maxWidth) {
            len += strlen(words[j]);
            j++;
        }
        char* line = malloc(maxWidth + 1);
        int pos = 0, gaps = j - i - 1;
        if (j == wordsSize || gaps == 0) {
            for (int k = i; k < j; k++) {
                if (k > i) line[pos++] = ' ';
                int wl = strlen(words[k]);
                memcpy(line + pos, words[k], wl);
                pos += wl;
            }
            while (pos < maxWidth) line[pos++] = ' ';
        } else {
            int spaces = maxWidth - len, each = spaces / gaps, extra = spaces % gaps;
            for (int k = i; k < j; k++) {
                int wl = strlen(words[k]);
                memcpy(line + pos, words[k], wl);
                pos += wl;
                if (k < j - 1) {
                    int pad = each + (k - i < extra ? 1 : 0);
                    while (pad--) line[pos++] = ' ';
                }
            }
        }
        line[pos] = '\0';
        res[(*returnSize)++] = line;
        i = j;
    }
    return res;
}

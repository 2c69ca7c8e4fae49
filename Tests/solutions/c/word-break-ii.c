static char* S;
static int N;
static char** dict;
static int dictSize;
static char** res;
static int resSize, resCap;
static bool* canBreak;
static char buf[4096];

static void dfs(int start, int len) {
    if (start == N) {
        if (resSize == resCap) {
            resCap *= 2;
            res = realloc(res, resCap * sizeof(char*));
        }
        buf[len - 1] = '\0';
        res[resSize++] = strdup(buf);
        return;
    }
    if (!canBreak[start]) return;
    for (int k = 0; k < dictSize; k++) {
        int wl = strlen(dict[k]);
        if (start + wl <= N && strncmp(S + start, dict[k], wl) == 0) {
            memcpy(buf + len, dict[k], wl);
            buf[len + wl] = ' ';
            dfs(start + wl, len + wl + 1);
        }
    }
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
char** wordBreak(char* s, char** wordDict, int wordDictSize, int* returnSize) {
    S = s;
    N = strlen(s);
    dict = wordDict;
    dictSize = wordDictSize;
    canBreak = calloc(N + 1, sizeof(bool));
    canBreak[N] = true;
    for (int i = N - 1; i >= 0; i--)
        for (int k = 0; k < dictSize && !canBreak[i]; k++) {
            int wl = strlen(dict[k]);
            if (i + wl <= N && canBreak[i + wl] && strncmp(s + i, dict[k], wl) == 0) canBreak[i] = true;
        }
    resSize = 0;
    resCap = 16;
    res = malloc(resCap * sizeof(char*));
    dfs(0, 0);
    free(canBreak);
    *returnSize = resSize;
    return res;
}

static char* S;
static int N;
static bool pal[1 << 4][1 << 4];
static char*** res;
static int* colSizes;
static int resSize, resCap;
static char* path[16];
static int pathLen;

static void dfs(int start) {
    if (start == N) {
        if (resSize == resCap) {
            resCap *= 2;
            res = realloc(res, resCap * sizeof(char**));
            colSizes = realloc(colSizes, resCap * sizeof(int));
        }
        char** part = malloc(pathLen * sizeof(char*));
        for (int i = 0; i < pathLen; i++) part[i] = strdup(path[i]);
        res[resSize] = part;
        colSizes[resSize++] = pathLen;
        return;
    }
    for (int end = start; end < N; end++) {
        if (!pal[start][end]) continue;
        char* sub = malloc(end - start + 2);
        memcpy(sub, S + start, end - start + 1);
        sub[end - start + 1] = '\0';
        path[pathLen++] = sub;
        dfs(end + 1);
        free(path[--pathLen]);
    }
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
char*** partition(char* s, int* returnSize, int** returnColumnSizes) {
    S = s;
    N = strlen(s);
    for (int i = N - 1; i >= 0; i--)
        for (int j = i; j < N; j++)
            pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
    resCap = 16;
    resSize = 0;
    pathLen = 0;
    res = malloc(resCap * sizeof(char**));
    colSizes = malloc(resCap * sizeof(int));
    dfs(0);
    *returnSize = resSize;
    *returnColumnSizes = colSizes;
    return res;
}

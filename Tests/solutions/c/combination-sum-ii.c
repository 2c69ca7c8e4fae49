static int cmp(const void* a, const void* b) {
    return *(const int*)a - *(const int*)b;
}

static int** res;
static int* cols;
static int count, cap;
static int path[128];

static void dfs(int* c, int n, int start, int remain, int depth) {
    if (remain == 0) {
        if (count == cap) {
            cap *= 2;
            res = realloc(res, cap * sizeof(int*));
            cols = realloc(cols, cap * sizeof(int));
        }
        res[count] = malloc((depth + 1) * sizeof(int));
        memcpy(res[count], path, depth * sizeof(int));
        cols[count++] = depth;
        return;
    }
    for (int i = start; i < n; i++) {
        if (i > start && c[i] == c[i - 1]) continue;
        if (c[i] > remain) break;
        path[depth] = c[i];
        dfs(c, n, i + 1, remain - c[i], depth + 1);
    }
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** combinationSum2(int* candidates, int candidatesSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(candidates, candidatesSize, sizeof(int), cmp);
    count = 0;
    cap = 16;
    res = malloc(cap * sizeof(int*));
    cols = malloc(cap * sizeof(int));
    dfs(candidates, candidatesSize, 0, target, 0);
    *returnSize = count;
    *returnColumnSizes = cols;
    return res;
}

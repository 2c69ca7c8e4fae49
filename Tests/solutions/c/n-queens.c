static char*** res;
static int count, cap, N;
static int queens[9];
static bool cols[9], d1[18], d2[18];

static void place(int r) {
    if (r == N) {
        if (count == cap) {
            cap *= 2;
            res = realloc(res, cap * sizeof(char**));
        }
        char** board = malloc(N * sizeof(char*));
        for (int i = 0; i < N; i++) {
            board[i] = malloc(N + 1);
            memset(board[i], '.', N);
            board[i][queens[i]] = 'Q';
            board[i][N] = '\0';
        }
        res[count++] = board;
        return;
    }
    for (int c = 0; c < N; c++) {
        if (cols[c] || d1[r - c + N] || d2[r + c]) continue;
        cols[c] = d1[r - c + N] = d2[r + c] = true;
        queens[r] = c;
        place(r + 1);
        cols[c] = d1[r - c + N] = d2[r + c] = false;
    }
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
char*** solveNQueens(int n, int* returnSize, int** returnColumnSizes) {
    N = n;
    count = 0;
    cap = 16;
    res = malloc(cap * sizeof(char**));
    place(0);
    *returnSize = count;
    *returnColumnSizes = malloc((count + 1) * sizeof(int));
    for (int i = 0; i < count; i++) (*returnColumnSizes)[i] = n;
    return res;
}

static bool rowUsed[9][10], colUsed[9][10], boxUsed[9][10];

static bool solve(char** board, int cell) {
    if (cell == 81) return true;
    int r = cell / 9, c = cell % 9;
    if (board[r][c] != '.') return solve(board, cell + 1);
    int b = r / 3 * 3 + c / 3;
    for (int d = 1; d <= 9; d++) {
        if (rowUsed[r][d] || colUsed[c][d] || boxUsed[b][d]) continue;
        rowUsed[r][d] = colUsed[c][d] = boxUsed[b][d] = true;
        board[r][c] = '0' + d;
        if (solve(board, cell + 1)) return true;
        rowUsed[r][d] = colUsed[c][d] = boxUsed[b][d] = false;
    }
    board[r][c] = '.';
    return false;
}

void solveSudoku(char** board, int boardSize, int* boardColSize) {
    memset(rowUsed, 0, sizeof rowUsed);
    memset(colUsed, 0, sizeof colUsed);
    memset(boxUsed, 0, sizeof boxUsed);
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++)
            if (board[r][c] != '.') {
                int d = board[r][c] - '0';
                rowUsed[r][d] = colUsed[c][d] = boxUsed[r / 3 * 3 + c / 3][d] = true;
            }
    solve(board, 0);
}

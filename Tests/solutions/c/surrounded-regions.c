static void mark(char** board, int m, int n, int i, int j) {
    if (i < 0 || j < 0 || i >= m || j >= n || board[i][j] != 'O') return;
    board[i][j] = '#';
    mark(board, m, n, i + 1, j);
    mark(board, m, n, i - 1, j);
    mark(board, m, n, i, j + 1);
    mark(board, m, n, i, j - 1);
}

void solve(char** board, int boardSize, int* boardColSize) {
    int m = boardSize, n = boardColSize[0];
    for (int i = 0; i < m; i++) {
        mark(board, m, n, i, 0);
        mark(board, m, n, i, n - 1);
    }
    for (int j = 0; j < n; j++) {
        mark(board, m, n, 0, j);
        mark(board, m, n, m - 1, j);
    }
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++)
            board[i][j] = board[i][j] == '#' ? 'O' : 'X';
}

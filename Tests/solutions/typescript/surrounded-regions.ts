/**
 Do not return anything, modify board in-place instead.
 */
function solve(board: string[][]): void {
    const m = board.length, n = board[0].length;
    const stack: number[][] = [];
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        if ((i === 0 || j === 0 || i === m - 1 || j === n - 1) && board[i][j] === 'O') {
            board[i][j] = '#';
            stack.push([i, j]);
        }
    }
    while (stack.length) {
        const [i, j] = stack.pop()!;
        for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
            const x = i + di, y = j + dj;
            if (x >= 0 && y >= 0 && x < m && y < n && board[x][y] === 'O') {
                board[x][y] = '#';
                stack.push([x, y]);
            }
        }
    }
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        board[i][j] = board[i][j] === '#' ? 'O' : 'X';
    }
};

/**
 * @param {character[][]} board
 * @return {void} Do not return anything, modify board in-place instead.
 */
var solve = function(board) {
    const m = board.length, n = board[0].length;
    const mark = (r, c) => {
        const stack = [[r, c]];
        while (stack.length) {
            const [i, j] = stack.pop();
            if (i < 0 || j < 0 || i >= m || j >= n || board[i][j] !== 'O') continue;
            board[i][j] = '#';
            stack.push([i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]);
        }
    };
    for (let i = 0; i < m; i++) { mark(i, 0); mark(i, n - 1); }
    for (let j = 0; j < n; j++) { mark(0, j); mark(m - 1, j); }
    for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++)
            board[i][j] = board[i][j] === '#' ? 'O' : 'X';
};

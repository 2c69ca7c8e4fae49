impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let m = board.len();
        let n = board[0].len();
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for i in 0..m {
            stack.push((i, 0));
            stack.push((i, n - 1));
        }
        for j in 0..n {
            stack.push((0, j));
            stack.push((m - 1, j));
        }
        while let Some((i, j)) = stack.pop() {
            if board[i][j] != 'O' {
                continue;
            }
            board[i][j] = '#';
            if i > 0 { stack.push((i - 1, j)); }
            if i + 1 < m { stack.push((i + 1, j)); }
            if j > 0 { stack.push((i, j - 1)); }
            if j + 1 < n { stack.push((i, j + 1)); }
        }
        for row in board.iter_mut() {
            for c in row.iter_mut() {
                *c = if *c == '#' { 'O' } else { 'X' };
            }
        }
    }
}

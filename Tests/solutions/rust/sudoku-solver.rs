impl Solution {
    pub fn solve_sudoku(board: &mut Vec<Vec<char>>) {
        let mut rows = [[false; 10]; 9];
        let mut cols = [[false; 10]; 9];
        let mut boxes = [[false; 10]; 9];
        let mut empty = Vec::new();
        for i in 0..9 {
            for j in 0..9 {
                match board[i][j].to_digit(10) {
                    Some(d) => {
                        let d = d as usize;
                        rows[i][d] = true;
                        cols[j][d] = true;
                        boxes[i / 3 * 3 + j / 3][d] = true;
                    }
                    None => empty.push((i, j)),
                }
            }
        }
        fn solve(k: usize, empty: &[(usize, usize)], board: &mut Vec<Vec<char>>, rows: &mut [[bool; 10]; 9],
                 cols: &mut [[bool; 10]; 9], boxes: &mut [[bool; 10]; 9]) -> bool {
            if k == empty.len() {
                return true;
            }
            let (i, j) = empty[k];
            let b = i / 3 * 3 + j / 3;
            for d in 1..=9 {
                if rows[i][d] || cols[j][d] || boxes[b][d] {
                    continue;
                }
                rows[i][d] = true;
                cols[j][d] = true;
                boxes[b][d] = true;
                board[i][j] = (b'0' + d as u8) as char;
                if solve(k + 1, empty, board, rows, cols, boxes) {
                    return true;
                }
                rows[i][d] = false;
                cols[j][d] = false;
                boxes[b][d] = false;
            }
            board[i][j] = '.';
            false
        }
        solve(0, &empty, board, &mut rows, &mut cols, &mut boxes);
    }
}

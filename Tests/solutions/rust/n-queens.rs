impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        let mut queens = vec![0usize; n];
        let mut cols = vec![false; n];
        let mut d1 = vec![false; 2 * n];
        let mut d2 = vec![false; 2 * n];
        Self::place(0, n, &mut queens, &mut cols, &mut d1, &mut d2, &mut res);
        res
    }

    fn place(r: usize, n: usize, queens: &mut Vec<usize>, cols: &mut Vec<bool>, d1: &mut Vec<bool>, d2: &mut Vec<bool>, res: &mut Vec<Vec<String>>) {
        if r == n {
            res.push(queens.iter().map(|&c| {
                let mut row = vec!['.'; n];
                row[c] = 'Q';
                row.into_iter().collect()
            }).collect());
            return;
        }
        for c in 0..n {
            if cols[c] || d1[r + n - c] || d2[r + c] {
                continue;
            }
            cols[c] = true;
            d1[r + n - c] = true;
            d2[r + c] = true;
            queens[r] = c;
            Self::place(r + 1, n, queens, cols, d1, d2, res);
            cols[c] = false;
            d1[r + n - c] = false;
            d2[r + c] = false;
        }
    }
}

impl Solution {
    pub fn convert(s: String, num_rows: i32) -> String {
        if num_rows == 1 {
            return s;
        }
        let mut rows = vec![String::new(); num_rows as usize];
        let (mut row, mut step) = (0i32, 1i32);
        for c in s.chars() {
            rows[row as usize].push(c);
            if row == 0 {
                step = 1;
            } else if row == num_rows - 1 {
                step = -1;
            }
            row += step;
        }
        rows.concat()
    }
}

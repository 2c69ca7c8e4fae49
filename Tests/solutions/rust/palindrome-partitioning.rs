impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        for i in (0..n).rev() {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (j - i < 2 || pal[i + 1][j - 1]);
            }
        }
        let mut res = Vec::new();
        let mut path = Vec::new();
        Self::dfs(&s, 0, &pal, &mut path, &mut res);
        res
    }

    fn dfs(s: &str, start: usize, pal: &Vec<Vec<bool>>, path: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
        if start == s.len() {
            res.push(path.clone());
            return;
        }
        for end in start..s.len() {
            if pal[start][end] {
                path.push(s[start..=end].to_string());
                Self::dfs(s, end + 1, pal, path, res);
                path.pop();
            }
        }
    }
}

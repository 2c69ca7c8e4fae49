impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut c = candidates;
        c.sort();
        let mut res = Vec::new();
        let mut path = Vec::new();
        Self::dfs(&c, 0, target, &mut path, &mut res);
        res
    }

    fn dfs(c: &Vec<i32>, start: usize, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(path.clone());
            return;
        }
        for i in start..c.len() {
            if i > start && c[i] == c[i - 1] {
                continue;
            }
            if c[i] > remain {
                break;
            }
            path.push(c[i]);
            Self::dfs(c, i + 1, remain - c[i], path, res);
            path.pop();
        }
    }
}

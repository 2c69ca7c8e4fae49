impl Solution {
    pub fn longest_common_prefix(strs: Vec<String>) -> String {
        let mut prefix = strs[0].clone();
        for s in strs.iter() {
            while !s.starts_with(&prefix) {
                prefix.pop();
            }
        }
        prefix
    }
}

use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> Vec<String> {
        let dict: HashSet<String> = word_dict.into_iter().collect();
        let mut memo: HashMap<usize, Vec<String>> = HashMap::new();
        Self::dfs(&s, 0, &dict, &mut memo)
    }

    fn dfs(s: &str, start: usize, dict: &HashSet<String>, memo: &mut HashMap<usize, Vec<String>>) -> Vec<String> {
        if let Some(r) = memo.get(&start) {
            return r.clone();
        }
        let mut res = Vec::new();
        if start == s.len() {
            res.push(String::new());
        }
        for end in start + 1..=s.len() {
            let word = &s[start..end];
            if dict.contains(word) {
                for rest in Self::dfs(s, end, dict, memo) {
                    if rest.is_empty() {
                        res.push(word.to_string());
                    } else {
                        res.push(format!("{} {}", word, rest));
                    }
                }
            }
        }
        memo.insert(start, res.clone());
        res
    }
}

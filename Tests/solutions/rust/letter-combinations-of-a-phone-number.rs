impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        if digits.is_empty() {
            return vec![];
        }
        let letters = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut res = vec![String::new()];
        for d in digits.chars() {
            let idx = d.to_digit(10).unwrap() as usize;
            let mut next = Vec::new();
            for prefix in &res {
                for c in letters[idx].chars() {
                    let mut s = prefix.clone();
                    s.push(c);
                    next.push(s);
                }
            }
            res = next;
        }
        res
    }
}

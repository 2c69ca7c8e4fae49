use std::collections::HashMap;

impl Solution {
    pub fn fraction_to_decimal(numerator: i32, denominator: i32) -> String {
        if numerator == 0 {
            return "0".to_string();
        }
        let mut res = String::new();
        if (numerator < 0) != (denominator < 0) {
            res.push('-');
        }
        let n = (numerator as i64).abs();
        let d = (denominator as i64).abs();
        res.push_str(&(n / d).to_string());
        let mut rem = n % d;
        if rem == 0 {
            return res;
        }
        res.push('.');
        let mut seen: HashMap<i64, usize> = HashMap::new();
        while rem != 0 {
            if let Some(&idx) = seen.get(&rem) {
                res.insert(idx, '(');
                res.push(')');
                return res;
            }
            seen.insert(rem, res.len());
            rem *= 10;
            res.push_str(&(rem / d).to_string());
            rem %= d;
        }
        res
    }
}

impl Solution {
    pub fn reverse(x: i32) -> i32 {
        let mut x = x;
        let mut result: i32 = 0;
        while x != 0 {
            result = match result.checked_mul(10).and_then(|r| r.checked_add(x % 10)) {
                Some(r) => r,
                None => return 0,
            };
            x /= 10;
        }
        result
    }
}

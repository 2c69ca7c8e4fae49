impl Solution {
    pub fn my_atoi(s: String) -> i32 {
        let b = s.trim_start_matches(' ').as_bytes();
        let (mut i, mut sign) = (0, 1i64);
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            if b[i] == b'-' {
                sign = -1;
            }
            i += 1;
        }
        let mut value: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            value = value * 10 + (b[i] - b'0') as i64;
            if sign * value > i32::MAX as i64 {
                return i32::MAX;
            }
            if sign * value < i32::MIN as i64 {
                return i32::MIN;
            }
            i += 1;
        }
        (sign * value) as i32
    }
}

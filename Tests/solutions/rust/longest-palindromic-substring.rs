impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len() as i64;
        let (mut start, mut length) = (0usize, 0usize);
        for center in 0..(2 * n - 1) {
            let (mut l, mut r) = (center / 2, center / 2 + center % 2);
            while l >= 0 && r < n && b[l as usize] == b[r as usize] {
                l -= 1;
                r += 1;
            }
            if (r - l - 1) as usize > length {
                start = (l + 1) as usize;
                length = (r - l - 1) as usize;
            }
        }
        s[start..start + length].to_string()
    }
}

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [-1i32; 256];
        let (mut best, mut start) = (0, 0);
        for (i, &c) in s.as_bytes().iter().enumerate() {
            let i = i as i32;
            if last[c as usize] >= start {
                start = last[c as usize] + 1;
            }
            last[c as usize] = i;
            best = best.max(i - start + 1);
        }
        best
    }
}

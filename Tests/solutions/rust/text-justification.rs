impl Solution {
    pub fn full_justify(words: Vec<String>, max_width: i32) -> Vec<String> {
        let max_width = max_width as usize;
        let n = words.len();
        let mut res = Vec::new();
        let mut i = 0;
        while i < n {
            let mut j = i;
            let mut len = 0;
            while j < n && len + words[j].len() + (j - i) <= max_width {
                len += words[j].len();
                j += 1;
            }
            let gaps = j - i - 1;
            let mut line = String::new();
            if j == n || gaps == 0 {
                line = words[i..j].join(" ");
                while line.len() < max_width {
                    line.push(' ');
                }
            } else {
                let spaces = max_width - len;
                let each = spaces / gaps;
                let extra = spaces % gaps;
                for k in i..j {
                    line.push_str(&words[k]);
                    if k < j - 1 {
                        let pad = each + if k - i < extra { 1 } else { 0 };
                        line.push_str(&" ".repeat(pad));
                    }
                }
            }
            res.push(line);
            i = j;
        }
        res
    }
}

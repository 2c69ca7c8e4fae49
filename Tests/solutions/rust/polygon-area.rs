use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    let n = v[0] as usize;
    let point = |i: usize| (v[1 + 2 * (i % n)], v[2 + 2 * (i % n)]);
    let twice: i64 = (0..n)
        .map(|i| {
            let ((x1, y1), (x2, y2)) = (point(i), point(i + 1));
            x1 * y2 - x2 * y1
        })
        .sum();
    println!("{:.1}", twice.abs() as f64 / 2.0);
}

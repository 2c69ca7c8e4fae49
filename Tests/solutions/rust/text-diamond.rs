use std::io;

fn main() {
    let mut line = String::new();
    io::stdin().read_line(&mut line).unwrap();
    let n: usize = line.trim().parse().unwrap();
    let rows: Vec<String> = (1..=n).map(|i| " ".repeat(n - i) + &"*".repeat(2 * i - 1)).collect();
    for row in rows.iter().chain(rows.iter().rev().skip(1)) {
        println!("{}", row);
    }
}

// The question-independent part of the Rust harness (harness.rs): JSON test data, quoting, and the
// test loop that reports each answer on file descriptor 3. Compiled once in the image into
// libcc_core.rlib (setup.sh) and linked into every program with --extern.
#![allow(dead_code)]
use std::io::Write;

pub enum Json { Null, Bool(bool), Num(String), Str(String), Arr(Vec<Json>), Obj(Vec<(String, Json)>) }

pub struct Parser<'a> { s: &'a [u8], i: usize }

impl<'a> Parser<'a> {
    fn space(&mut self) { while self.i < self.s.len() && (self.s[self.i] as char).is_whitespace() { self.i += 1; } }
    fn value(&mut self) -> Json {
        self.space();
        match self.s[self.i] {
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.space();
                if self.s[self.i] == b']' { self.i += 1; return Json::Arr(items); }
                loop {
                    items.push(self.value());
                    self.space();
                    let c = self.s[self.i];
                    self.i += 1;
                    if c == b']' { return Json::Arr(items); }
                }
            }
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                self.space();
                if self.s[self.i] == b'}' { self.i += 1; return Json::Obj(members); }
                loop {
                    let key = match self.value() { Json::Str(k) => k, _ => String::new() };
                    self.space();
                    self.i += 1;
                    members.push((key, self.value()));
                    self.space();
                    let c = self.s[self.i];
                    self.i += 1;
                    if c == b'}' { return Json::Obj(members); }
                }
            }
            b'"' => {
                self.i += 1;
                let mut out: Vec<u8> = Vec::new();
                while self.s[self.i] != b'"' {
                    let c = self.s[self.i];
                    self.i += 1;
                    if c != b'\\' { out.push(c); continue; }
                    let e = self.s[self.i];
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'), b't' => out.push(b'\t'), b'r' => out.push(b'\r'),
                        b'b' => out.push(8), b'f' => out.push(12),
                        b'u' => {
                            let hex = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            self.i += 4;
                            let ch = char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap_or('?');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                self.i += 1;
                Json::Str(String::from_utf8(out).unwrap())
            }
            b't' => { self.i += 4; Json::Bool(true) }
            b'f' => { self.i += 5; Json::Bool(false) }
            b'n' => { self.i += 4; Json::Null }
            _ => {
                let start = self.i;
                while self.i < self.s.len() && b"+-.eE0123456789".contains(&self.s[self.i]) { self.i += 1; }
                Json::Num(String::from_utf8(self.s[start..self.i].to_vec()).unwrap())
            }
        }
    }
}

pub fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""), '\\' => out.push_str("\\\\"), '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"), '\t' => out.push_str("\\t"), '\u{8}' => out.push_str("\\b"), '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A failure the driver finds in the solution's answer: reported with its message as it is.
pub struct Failure(pub String);
/// A design test's input: the calls' names and each call's arguments.
pub fn calls(args: &[Json]) -> (Vec<String>, Vec<&[Json]>) {
    let fail = || -> ! { std::panic::panic_any(Failure("a design test's input is [[names of the calls], [arguments of each call]]".to_string())) };
    if args.len() != 2 { fail(); }
    let names: Vec<String> = match &args[0] { Json::Arr(v) => v.iter().map(|n| match n { Json::Str(s) => s.clone(), _ => String::new() }).collect(), _ => fail() };
    let calls: Vec<&[Json]> = match &args[1] { Json::Arr(v) => v.iter().map(|c| match c { Json::Arr(a) => &a[..], _ => &[][..] }).collect(), _ => fail() };
    if names.is_empty() || names.len() != calls.len() { fail(); }
    (names, calls)
}

pub fn no_method(class: &str, name: &str) -> ! {
    std::panic::panic_any(Failure(format!("{} has no method {} (a test calls it)", class, name)))
}

extern "C" {
    fn dup(fd: i32) -> i32;
    fn dup2(from: i32, to: i32) -> i32;
}

/// Runs every test on a thread with a large stack; reports each on descriptor 3.
pub fn run(test: fn(&[Json]) -> String) {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read(path).unwrap();
    let spec = Parser { s: &text, i: 0 }.value();
    let inputs = match spec {
        Json::Obj(members) => members.into_iter().find(|(k, _)| k == "inputs").map(|(_, v)| v),
        _ => None,
    };
    let inputs = match inputs { Some(Json::Arr(v)) => v, _ => Vec::new() };
    let panic_message = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let slot = panic_message.clone();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(Failure(message)) = info.payload().downcast_ref::<Failure>() {
            *slot.lock().unwrap() = message.clone();
            return;
        }
        let what = if let Some(s) = info.payload().downcast_ref::<&str>() { s.to_string() }
            else if let Some(s) = info.payload().downcast_ref::<String>() { s.clone() } else { "panic".to_string() };
        let place = info.location().map(|l| format!("\n  at {}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        *slot.lock().unwrap() = format!("panicked: {}{}", what, place);
    }));
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        let mut report = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(3) };
        let capture = std::fs::File::create(".stdout").unwrap();
        let saved = unsafe { dup(1) };
        let mut total: u64 = 0;
        report.write_all(b"\n").ok(); // ready: the tests begin, and the runner's clock for them starts
        for (k, input) in inputs.iter().enumerate() {
            let args: &[Json] = match input { Json::Arr(v) => v, _ => &[] };
            capture.set_len(0).unwrap();
            std::io::Seek::seek(&mut &capture, std::io::SeekFrom::Start(0)).ok();
            unsafe { dup2(std::os::fd::AsRawFd::as_raw_fd(&capture), 1); }
            let started = std::time::Instant::now();
            let result = std::panic::catch_unwind(|| test(args));
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            std::io::stdout().flush().ok();
            unsafe { dup2(saved, 1); }
            let printed = std::fs::read(".stdout").unwrap_or_default();
            total += printed.len() as u64;
            if total > 8 << 20 {
                writeln!(report, "{{\"i\":{},\"output_limit\":true}}", k).ok();
                return;
            }
            let mut kept = String::new();
            quote(&String::from_utf8_lossy(&printed[..printed.len().min(65536)]), &mut kept);
            let mut line = String::new();
            match result {
                Ok(out) => {
                    let mut quoted = String::new();
                    quote(&out, &mut quoted);
                    line.push_str(&format!("{{\"i\":{},\"ms\":{:.3},\"out\":{},\"stdout\":{}}}\n", k, ms, quoted, kept));
                    report.write_all(line.as_bytes()).ok();
                }
                Err(_) => {
                    let mut error = String::new();
                    quote(&panic_message.lock().unwrap(), &mut error);
                    line.push_str(&format!("{{\"i\":{},\"error\":{},\"stdout\":{}}}\n", k, error, kept));
                    report.write_all(line.as_bytes()).ok();
                    return;
                }
            }
        }
    }).unwrap();
    worker.join().ok();
}

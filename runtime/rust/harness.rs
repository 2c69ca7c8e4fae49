
// ---- the judge's harness (CloneCode): LeetCode's ListNode and TreeNode, the Solution struct, and the
// ---- driver support; main() follows, generated from the question's signature.
#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    #[allow(dead_code)]
    fn new(val: i32) -> Self { ListNode { next: None, val } }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    #[allow(dead_code)]
    pub fn new(val: i32) -> Self { TreeNode { val, left: None, right: None } }
}

struct Solution;

#[allow(dead_code)]
mod __cc {
    use super::{ListNode, TreeNode};
    use std::cell::RefCell;
    use std::io::Write;
    use std::rc::Rc;

    pub enum Json { Null, Bool(bool), Num(String), Str(String), Arr(Vec<Json>), Obj(Vec<(String, Json)>) }

    struct Parser<'a> { s: &'a [u8], i: usize }

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

    pub trait Decode: Sized { fn decode(j: &Json) -> Self; }
    impl Decode for i32 { fn decode(j: &Json) -> Self { if let Json::Num(n) = j { n.parse::<f64>().unwrap() as i32 } else { 0 } } }
    impl Decode for u32 { fn decode(j: &Json) -> Self { if let Json::Num(n) = j { n.parse::<u32>().unwrap_or_else(|_| n.parse::<f64>().unwrap() as u32) } else { 0 } } }
    impl Decode for i64 { fn decode(j: &Json) -> Self { if let Json::Num(n) = j { n.parse::<i64>().unwrap_or_else(|_| n.parse::<f64>().unwrap() as i64) } else { 0 } } }
    impl Decode for f64 { fn decode(j: &Json) -> Self { if let Json::Num(n) = j { n.parse().unwrap() } else { 0.0 } } }
    impl Decode for bool { fn decode(j: &Json) -> Self { matches!(j, Json::Bool(true)) } }
    impl Decode for String { fn decode(j: &Json) -> Self { if let Json::Str(s) = j { s.clone() } else { String::new() } } }
    impl Decode for char { fn decode(j: &Json) -> Self { if let Json::Str(s) = j { s.chars().next().unwrap_or('\0') } else { '\0' } } }
    impl<T: Decode> Decode for Vec<T> { fn decode(j: &Json) -> Self { if let Json::Arr(v) = j { v.iter().map(T::decode).collect() } else { Vec::new() } } }
    impl Decode for Option<Box<ListNode>> {
        fn decode(j: &Json) -> Self {
            let values: Vec<i32> = Decode::decode(j);
            let mut head = None;
            for &v in values.iter().rev() { head = Some(Box::new(ListNode { val: v, next: head })); }
            head
        }
    }
    impl Decode for Option<Rc<RefCell<TreeNode>>> {
        fn decode(j: &Json) -> Self {
            let items = if let Json::Arr(v) = j { v } else { return None };
            if items.is_empty() || matches!(items[0], Json::Null) { return None; }
            let node = |j: &Json| Rc::new(RefCell::new(TreeNode::new(i32::decode(j))));
            let root = node(&items[0]);
            let mut queue = std::collections::VecDeque::from([root.clone()]);
            let mut i = 1;
            while let Some(n) = queue.pop_front() {
                if i >= items.len() { break; }
                if !matches!(items[i], Json::Null) { let c = node(&items[i]); n.borrow_mut().left = Some(c.clone()); queue.push_back(c); }
                i += 1;
                if i < items.len() && !matches!(items[i], Json::Null) { let c = node(&items[i]); n.borrow_mut().right = Some(c.clone()); queue.push_back(c); }
                i += 1;
            }
            Some(root)
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

    pub trait Encode { fn encode(&self, out: &mut String); }
    impl Encode for i32 { fn encode(&self, out: &mut String) { out.push_str(&self.to_string()); } }
    impl Encode for u32 { fn encode(&self, out: &mut String) { out.push_str(&self.to_string()); } }
    impl Encode for i64 { fn encode(&self, out: &mut String) { out.push_str(&self.to_string()); } }
    impl Encode for f64 { fn encode(&self, out: &mut String) { out.push_str(&format!("{:?}", self)); } }
    impl Encode for bool { fn encode(&self, out: &mut String) { out.push_str(if *self { "true" } else { "false" }); } }
    impl Encode for String { fn encode(&self, out: &mut String) { quote(self, out); } }
    impl Encode for char { fn encode(&self, out: &mut String) { quote(&self.to_string(), out); } }
    impl Encode for () { fn encode(&self, out: &mut String) { out.push_str("null"); } }
    impl<T: Encode> Encode for Vec<T> {
        fn encode(&self, out: &mut String) {
            out.push('[');
            for (k, v) in self.iter().enumerate() { if k > 0 { out.push(','); } v.encode(out); }
            out.push(']');
        }
    }
    impl Encode for Option<Box<ListNode>> {
        fn encode(&self, out: &mut String) {
            out.push('[');
            let mut node = self.as_ref();
            let mut n = 0;
            while let Some(b) = node {
                if n > 0 { out.push(','); }
                n += 1;
                if n > 1_000_000 { panic!("the returned list has a cycle"); }
                out.push_str(&b.val.to_string());
                node = b.next.as_ref();
            }
            out.push(']');
        }
    }
    impl Encode for Option<Rc<RefCell<TreeNode>>> {
        fn encode(&self, out: &mut String) {
            let mut values: Vec<String> = Vec::new();
            let mut queue = std::collections::VecDeque::from([self.clone()]);
            while let Some(item) = queue.pop_front() {
                match item {
                    None => values.push("null".into()),
                    Some(n) => {
                        let n = n.borrow();
                        values.push(n.val.to_string());
                        queue.push_back(n.left.clone());
                        queue.push_back(n.right.clone());
                    }
                }
            }
            while values.last().map(|v| v == "null").unwrap_or(false) { values.pop(); }
            out.push('[');
            out.push_str(&values.join(","));
            out.push(']');
        }
    }

    extern "C" {
        fn dup(fd: i32) -> i32;
        fn dup2(from: i32, to: i32) -> i32;
    }

    pub fn decode<T: Decode>(j: &Json) -> T { T::decode(j) }

    /// A failure the driver finds in the solution's answer: reported with its message as it is.
    pub struct Failure(pub String);

    /// The judged answer of a function that returns a length k: the array's first k elements.
    pub fn encode_prefix<T: Encode>(array: &Vec<T>, k: i32, name: &str) -> String {
        if k < 0 { std::panic::panic_any(Failure(format!("returned k = {}, which is negative", k))); }
        if k as usize > array.len() { std::panic::panic_any(Failure(format!("returned k = {}, but {} has {} elements", k, name, array.len()))); }
        let mut out = String::new();
        out.push('[');
        for (i, v) in array[..k as usize].iter().enumerate() { if i > 0 { out.push(','); } v.encode(&mut out); }
        out.push(']');
        out
    }

    /// A design test's input: the calls' names and each call's arguments.
    pub fn calls(args: &[Json]) -> (Vec<String>, Vec<&[Json]>) {
        let fail = || -> ! { std::panic::panic_any(Failure("a design test's input is [[names of the calls], [arguments of each call]]".to_string())) };
        if args.len() != 2 { fail(); }
        let names: Vec<String> = match &args[0] { Json::Arr(v) => v.iter().map(String::decode).collect(), _ => fail() };
        let calls: Vec<&[Json]> = match &args[1] { Json::Arr(v) => v.iter().map(|c| match c { Json::Arr(a) => &a[..], _ => &[][..] }).collect(), _ => fail() };
        if names.is_empty() || names.len() != calls.len() { fail(); }
        (names, calls)
    }

    pub fn no_method(class: &str, name: &str) -> ! {
        std::panic::panic_any(Failure(format!("{} has no method {} (a test calls it)", class, name)))
    }

    pub fn encode<T: Encode>(value: &T) -> String { let mut out = String::new(); value.encode(&mut out); out }

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
}


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
    use std::rc::Rc;
    pub use cc_core::{calls, no_method, quote, run, Failure, Json};

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


    pub fn decode<T: Decode>(j: &Json) -> T { T::decode(j) }


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

    pub fn encode<T: Encode>(value: &T) -> String { let mut out = String::new(); value.encode(&mut out); out }

}

use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn recover_tree(root: &mut Option<Rc<RefCell<TreeNode>>>) {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut current = root.clone();
        let mut prev: Option<Rc<RefCell<TreeNode>>> = None;
        let mut first: Option<Rc<RefCell<TreeNode>>> = None;
        let mut second: Option<Rc<RefCell<TreeNode>>> = None;
        while current.is_some() || !stack.is_empty() {
            while let Some(node) = current {
                current = node.borrow().left.clone();
                stack.push(node);
            }
            let node = stack.pop().unwrap();
            if let Some(p) = &prev {
                if p.borrow().val > node.borrow().val {
                    if first.is_none() {
                        first = Some(p.clone());
                    }
                    second = Some(node.clone());
                }
            }
            current = node.borrow().right.clone();
            prev = Some(node);
        }
        if let (Some(a), Some(b)) = (first, second) {
            let t = a.borrow().val;
            a.borrow_mut().val = b.borrow().val;
            b.borrow_mut().val = t;
        }
    }
}

use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn generate_trees(n: i32) -> Vec<Option<Rc<RefCell<TreeNode>>>> {
        fn build(low: i32, high: i32) -> Vec<Option<Rc<RefCell<TreeNode>>>> {
            if low > high {
                return vec![None];
            }
            let mut out = Vec::new();
            for root in low..=high {
                let lefts = build(low, root - 1);
                let rights = build(root + 1, high);
                for left in &lefts {
                    for right in &rights {
                        let mut node = TreeNode::new(root);
                        node.left = left.clone();
                        node.right = right.clone();
                        out.push(Some(Rc::new(RefCell::new(node))));
                    }
                }
            }
            out
        }
        build(1, n)
    }
}

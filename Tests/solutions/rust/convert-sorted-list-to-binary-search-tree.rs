use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn sorted_list_to_bst(head: Option<Box<ListNode>>) -> Option<Rc<RefCell<TreeNode>>> {
        let mut values = Vec::new();
        let mut node = &head;
        while let Some(n) = node {
            values.push(n.val);
            node = &n.next;
        }
        fn build(values: &[i32]) -> Option<Rc<RefCell<TreeNode>>> {
            if values.is_empty() {
                return None;
            }
            let middle = values.len() / 2;
            let mut node = TreeNode::new(values[middle]);
            node.left = build(&values[..middle]);
            node.right = build(&values[middle + 1..]);
            Some(Rc::new(RefCell::new(node)))
        }
        build(&values)
    }
}

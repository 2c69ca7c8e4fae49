use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn sorted_array_to_bst(nums: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(nums: &[i32]) -> Option<Rc<RefCell<TreeNode>>> {
            if nums.is_empty() {
                return None;
            }
            let middle = nums.len() / 2;
            let mut node = TreeNode::new(nums[middle]);
            node.left = build(&nums[..middle]);
            node.right = build(&nums[middle + 1..]);
            Some(Rc::new(RefCell::new(node)))
        }
        build(&nums)
    }
}

// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        let index: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut pos = 0;
        Self::build(&preorder, &index, &mut pos, 0, inorder.len() as i32 - 1)
    }

    fn build(pre: &Vec<i32>, index: &HashMap<i32, usize>, pos: &mut usize, lo: i32, hi: i32) -> Option<Rc<RefCell<TreeNode>>> {
        if lo > hi {
            return None;
        }
        let val = pre[*pos];
        *pos += 1;
        let mid = index[&val] as i32;
        let mut node = TreeNode::new(val);
        node.left = Self::build(pre, index, pos, lo, mid - 1);
        node.right = Self::build(pre, index, pos, mid + 1, hi);
        Some(Rc::new(RefCell::new(node)))
    }
}

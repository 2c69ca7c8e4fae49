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
impl Solution {
    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut path = Vec::new();
        Self::dfs(&root, target_sum, &mut path, &mut res);
        res
    }

    fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if let Some(n) = node {
            let n = n.borrow();
            path.push(n.val);
            let remain = remain - n.val;
            if n.left.is_none() && n.right.is_none() && remain == 0 {
                res.push(path.clone());
            }
            Self::dfs(&n.left, remain, path, res);
            Self::dfs(&n.right, remain, path, res);
            path.pop();
        }
    }
}

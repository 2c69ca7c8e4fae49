// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b, mut carry) = (l1, l2, 0);
        let mut digits = Vec::new();
        while a.is_some() || b.is_some() || carry > 0 {
            let mut sum = carry;
            if let Some(node) = a { sum += node.val; a = node.next; }
            if let Some(node) = b { sum += node.val; b = node.next; }
            carry = sum / 10;
            digits.push(sum % 10);
        }
        let mut head = None;
        for d in digits.into_iter().rev() {
            head = Some(Box::new(ListNode { val: d, next: head }));
        }
        head
    }
}

// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
impl Solution {
    pub fn reverse_between(head: Option<Box<ListNode>>, left: i32, right: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut prev = &mut dummy;
        for _ in 1..left {
            prev = prev.next.as_mut().unwrap();
        }
        let mut curr = prev.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in left..=right {
            let mut node = curr.unwrap();
            curr = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        prev.next = reversed;
        let mut tail = prev;
        while tail.next.is_some() {
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = curr;
        dummy.next
    }
}

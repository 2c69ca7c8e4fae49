impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut values = Vec::new();
        let mut node = head.take();
        while let Some(mut n) = node {
            node = n.next.take();
            values.push(n);
        }
        let (mut i, mut j) = (0usize, values.len());
        let mut order = Vec::with_capacity(values.len());
        while i < j {
            order.push(i);
            i += 1;
            if i < j {
                j -= 1;
                order.push(j);
            }
        }
        let mut slots: Vec<Option<Box<ListNode>>> = values.into_iter().map(Some).collect();
        let mut result: Option<Box<ListNode>> = None;
        for &k in order.iter().rev() {
            let mut n = slots[k].take().unwrap();
            n.next = result;
            result = Some(n);
        }
        *head = result;
    }
}

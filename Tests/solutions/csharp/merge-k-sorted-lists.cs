public class Solution {
    public ListNode MergeKLists(ListNode[] lists) {
        if (lists.Length == 0) return null;
        for (int step = 1; step < lists.Length; step *= 2)
            for (int i = 0; i + step < lists.Length; i += 2 * step)
                lists[i] = Merge(lists[i], lists[i + step]);
        return lists[0];
    }

    private ListNode Merge(ListNode a, ListNode b) {
        ListNode dummy = new ListNode(0), tail = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) { tail.next = a; a = a.next; } else { tail.next = b; b = b.next; }
            tail = tail.next;
        }
        tail.next = a ?? b;
        return dummy.next;
    }
}

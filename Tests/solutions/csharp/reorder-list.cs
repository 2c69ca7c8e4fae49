public class Solution {
    public void ReorderList(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast.next != null && fast.next.next != null) { slow = slow.next; fast = fast.next.next; }
        ListNode second = slow.next, prev = null;
        slow.next = null;
        while (second != null) { ListNode next = second.next; second.next = prev; prev = second; second = next; }
        ListNode first = head;
        while (prev != null) {
            ListNode a = first.next, b = prev.next;
            first.next = prev; prev.next = a;
            first = a; prev = b;
        }
    }
}

/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
class Solution {
    public ListNode swapPairs(ListNode head) {
        ListNode dummy = new ListNode(0, head);
        ListNode before = dummy;
        while (before.next != null && before.next.next != null) {
            ListNode first = before.next, second = first.next;
            first.next = second.next;
            second.next = first;
            before.next = second;
            before = first;
        }
        return dummy.next;
    }
}

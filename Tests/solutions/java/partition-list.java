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
    public ListNode partition(ListNode head, int x) {
        ListNode small = new ListNode(), large = new ListNode();
        ListNode s = small, l = large;
        while (head != null) {
            if (head.val < x) {
                s.next = head;
                s = head;
            } else {
                l.next = head;
                l = head;
            }
            head = head.next;
        }
        l.next = null;
        s.next = large.next;
        return small.next;
    }
}

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
    public ListNode insertionSortList(ListNode head) {
        ListNode dummy = new ListNode(0);
        ListNode last = dummy;
        while (head != null) {
            ListNode next = head.next;
            if (last == dummy || last.val > head.val) last = dummy;
            while (last.next != null && last.next.val <= head.val) last = last.next;
            head.next = last.next;
            last.next = head;
            head = next;
        }
        return dummy.next;
    }
}

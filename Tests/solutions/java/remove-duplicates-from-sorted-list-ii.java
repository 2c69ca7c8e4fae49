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
    public ListNode deleteDuplicates(ListNode head) {
        ListNode dummy = new ListNode(0, head);
        ListNode tail = dummy;
        ListNode node = head;
        while (node != null) {
            if (node.next != null && node.next.val == node.val) {
                int value = node.val;
                while (node != null && node.val == value) node = node.next;
                tail.next = node;
            } else {
                tail = node;
                node = node.next;
            }
        }
        return dummy.next;
    }
}

/**
 * @param {ListNode} head
 * @return {void} Do not return anything, modify head in-place instead.
 */
var reorderList = function(head) {
    let slow = head, fast = head;
    while (fast.next && fast.next.next) {
        slow = slow.next;
        fast = fast.next.next;
    }
    let second = slow.next, prev = null;
    slow.next = null;
    while (second) {
        const next = second.next;
        second.next = prev;
        prev = second;
        second = next;
    }
    let first = head;
    while (prev) {
        const a = first.next, b = prev.next;
        first.next = prev;
        prev.next = a;
        first = a;
        prev = b;
    }
};

/**
 Do not return anything, modify head in-place instead.
 */
function reorderList(head: ListNode | null): void {
    if (!head) return;
    let slow: ListNode = head, fast: ListNode = head;
    while (fast.next && fast.next.next) {
        slow = slow.next!;
        fast = fast.next.next;
    }
    let second: ListNode | null = slow.next, prev: ListNode | null = null;
    slow.next = null;
    while (second) {
        const next: ListNode | null = second.next;
        second.next = prev;
        prev = second;
        second = next;
    }
    let first: ListNode | null = head;
    while (prev && first) {
        const a: ListNode | null = first.next, b: ListNode | null = prev.next;
        first.next = prev;
        prev.next = a;
        first = a;
        prev = b;
    }
};

void reorderList(struct ListNode* head) {
    struct ListNode *slow = head, *fast = head;
    while (fast->next && fast->next->next) { slow = slow->next; fast = fast->next->next; }
    struct ListNode *second = slow->next, *prev = NULL;
    slow->next = NULL;
    while (second) { struct ListNode *next = second->next; second->next = prev; prev = second; second = next; }
    struct ListNode *first = head;
    while (prev) {
        struct ListNode *a = first->next, *b = prev->next;
        first->next = prev; prev->next = a;
        first = a; prev = b;
    }
}

/**
 * Definition for a Node.
 * struct Node {
 *     int val;
 *     struct Node *next;
 *     struct Node *random;
 * };
 */

struct Node* copyRandomList(struct Node* head) {
    /* Interleave the copies: A -> A' -> B -> B' ... */
    for (struct Node* p = head; p; p = p->next->next) {
        struct Node* copy = malloc(sizeof(struct Node));
        copy->val = p->val;
        copy->next = p->next;
        copy->random = NULL;
        p->next = copy;
    }
    for (struct Node* p = head; p; p = p->next->next)
        if (p->random) p->next->random = p->random->next;
    struct Node dummy = {0, NULL, NULL};
    struct Node* tail = &dummy;
    for (struct Node* p = head; p; p = p->next) {
        tail->next = p->next;
        tail = tail->next;
        p->next = p->next->next;
    }
    return dummy.next;
}

class Solution {
public:
    void reorderList(ListNode* head) {
        ListNode *slow = head, *fast = head;
        while (fast->next && fast->next->next) { slow = slow->next; fast = fast->next->next; }
        ListNode *second = slow->next, *prev = nullptr;
        slow->next = nullptr;
        while (second) { ListNode *next = second->next; second->next = prev; prev = second; second = next; }
        ListNode *first = head;
        while (prev) {
            ListNode *a = first->next, *b = prev->next;
            first->next = prev; prev->next = a;
            first = a; prev = b;
        }
    }
};
